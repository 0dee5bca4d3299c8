export * from './html';
export * from './fragment-url';
export * from './fragment-fallback';
export * from './fragment-root';
export * from './fragment-response';
export * from './include-fragment';
export * from './fragment-loader';
export type { IncludeLogger, IncludeOutcome } from './include-telemetry';
export * from './status-page';

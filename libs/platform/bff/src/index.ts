export * from './domain-error';
export * from './trpc-errors';
export * from './logger';
export * from './request-id';
export * from './describe-issues';
export { traceProcedure, type ProcedureCall } from '@tractor/telemetry';

export * from './domain-error';
export * from './trpc-errors';
export * from './logger';
export * from './request-id';
export * from './describe-issues';

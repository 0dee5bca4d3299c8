export * from './logger';
export * from './request-scope';
export * from './server-timing';
export * from './trace-ids';
export * from './trace-procedure';

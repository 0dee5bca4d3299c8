export * from './logger';
export { currentRequestScope, type RequestScope } from './request-scope';
export * from './server-timing';
export * from './trace-ids';
export * from './trace-procedure';
export * from './trace-cached-read';
export * from './log-destination';
export { shopTracer } from './shop-tracer';

/** Reading the local trace files: for `npm run trace` and for tests that check a page view's trace. */
export * from './trace-file';
export * from './find-trace';
export * from './waterfall';

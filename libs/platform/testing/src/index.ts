export * from './create-test-database';
export { DEFAULT_TEST_SERVER_URL, testServerUrl } from '@tractor/db-runtime/testing';
export * from './failure-code';
export * from './test-server';
export * from './fuzz-targets';
export * from './hostile-input';
export * from './database-outage';
export * from './app-behind-outage';

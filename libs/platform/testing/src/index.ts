export * from './create-test-database';
export * from './failure-code';

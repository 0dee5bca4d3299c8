export * from './embedded-database';
export * from './deploy-migrations';
export * from './prepare-database';
export * from './migration-status';
export * from './reset-database';
export * from './create-migration';
export * from './database-admin';
export { databaseName, withDatabase, redactUrl } from './database-url';
export { MigrationError, isMigrationError, type MigrationErrorCode } from './migration-error';

/**
 * The one error type this library throws for expected failures. Callers branch on `code`; the CLI
 * prints `message` without a stack.
 */
export type MigrationErrorCode =
  | 'INVALID_ARGUMENT' // bad name, missing option, unknown command
  | 'MISSING_DATABASE_URL' // no --url and no <CONTEXT>_DATABASE_URL
  | 'NOT_FOUND' // schema file, migrations folder or repository root missing
  | 'CONNECTION_FAILED' // database not reachable
  | 'MIGRATION_FAILED' // a migration script failed, or the history is in a failed state
  | 'ENGINE_ERROR' // the schema engine rejected the request
  | 'ENGINE_PANIC' // the schema engine crashed
  | 'EMBEDDED_DATABASE_FAILED'; // PGlite or its socket server did not start

export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isMigrationError(error: unknown): error is MigrationError {
  return error instanceof MigrationError;
}

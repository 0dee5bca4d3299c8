/**
 * Turns whatever the schema engine threw into a `MigrationError` with a message a person can act
 * on. Engine errors carry a Rust span trace after the message ("   0: sql_schema_connector::..."),
 * which is dropped, except for the name of the migration that failed.
 */
import type { ErrorRegistry } from '@prisma/driver-adapter-utils';
import { lastEnginePanic } from './load-schema-engine';
import { MigrationError, type MigrationErrorCode } from './migration-error';

/** Prisma error codes meaning "could not reach or log into the database". */
const CONNECTION_CODES = new Set(['P1000', 'P1001', 'P1002', 'P1003', 'P1010', 'P1011', 'P1017']);
/** Failed, edited or unresolvable migration history. */
const MIGRATION_CODES = new Set(['P3005', 'P3006', 'P3008', 'P3009', 'P3018']);
const CONNECTION_MESSAGE =
  /Can't reach database server|Database `[^`]*` does not exist|Authentication failed|denied access|Connection terminated|ECONNREFUSED|ECONNRESET/i;

function splitTrace(message: string): { text: string; trace: string } {
  const at = message.search(/\n\s+\d+: /);
  return at === -1 ? { text: message, trace: '' } : { text: message.slice(0, at), trace: message.slice(at) };
}

function classify(code: string, text: string): MigrationErrorCode {
  if (CONNECTION_CODES.has(code) || CONNECTION_MESSAGE.test(text)) return 'CONNECTION_FAILED';
  if (MIGRATION_CODES.has(code)) return 'MIGRATION_FAILED';
  return 'ENGINE_ERROR';
}

/** A JavaScript error thrown inside the driver adapter reaches us as "External error id#N". */
function externalError(error: Error, registry: ErrorRegistry | undefined): unknown {
  const id = /External error id#(\d+)/.exec(error.message)?.[1];
  return id === undefined ? undefined : registry?.consumeError(Number(id))?.error;
}

export function toMigrationError(error: unknown, registry?: ErrorRegistry): MigrationError {
  if (error instanceof MigrationError) return error;
  const external = error instanceof Error ? externalError(error, registry) : undefined;
  if (external !== undefined) return toMigrationError(external);
  const panic = lastEnginePanic();
  if (panic) return new MigrationError('ENGINE_PANIC', `The schema engine crashed: ${panic}`, { cause: error });
  if (!(error instanceof Error)) return new MigrationError('ENGINE_ERROR', String(error), { cause: error });

  const code = (error as { code?: unknown }).code;
  const { text, trace } = splitTrace(error.message);
  const message = text.replace(/^external connector error\n/, '').trim();
  const failedMigration = /apply_script\s+with migration_name="([^"]+)"/.exec(trace)?.[1];
  if (failedMigration !== undefined) {
    return new MigrationError('MIGRATION_FAILED', `Migration ${failedMigration} failed: ${message}`, {
      cause: error,
    });
  }
  return new MigrationError(classify(typeof code === 'string' ? code : '', message), message, { cause: error });
}

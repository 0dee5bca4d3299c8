import { describe, expect, it } from 'vitest';
import { MigrationError } from './migration-error';
import { toMigrationError } from './to-migration-error';

const engineError = (message: string, code?: string) => Object.assign(new Error(message), { name: 'SchemaConnectorError', code });

describe('toMigrationError', () => {
  it('names the migration whose script failed and drops the span trace', () => {
    const error = engineError(
      'external connector error\nNo such table: missing\n   0: sql_schema_connector::apply_migration::apply_script\n           with migration_name="20250103000000_broken"\n             at apply_migration.rs:113',
    );
    expect(toMigrationError(error)).toMatchObject({
      code: 'MIGRATION_FAILED',
      message: 'Migration 20250103000000_broken failed: No such table: missing',
    });
  });

  it('classifies by Prisma error code, then by message', () => {
    expect(toMigrationError(engineError('migrate found failed migrations', 'P3009')).code).toBe('MIGRATION_FAILED');
    expect(toMigrationError(engineError("Can't reach database server at `127.0.0.1:1`")).code).toBe('CONNECTION_FAILED');
    expect(toMigrationError(engineError('Database `nope` does not exist')).code).toBe('CONNECTION_FAILED');
    expect(toMigrationError(engineError('Something else\n   0: frame')).toString()).toBe('MigrationError: Something else');
  });

  it('unwraps JavaScript errors the adapter registered', () => {
    const original = new MigrationError('ENGINE_ERROR', 'This operation needs a shadow database.');
    const registry = { consumeError: (id: number) => (id === 3 ? { error: original } : undefined) };
    expect(toMigrationError(engineError('External error id#3'), registry)).toBe(original);
    const dropped = { consumeError: () => ({ error: new Error('Connection terminated unexpectedly') }) };
    expect(toMigrationError(engineError('External error id#0'), dropped).code).toBe('CONNECTION_FAILED');
  });

  it('wraps non-errors', () => {
    expect(toMigrationError('boom')).toMatchObject({ name: 'MigrationError', code: 'ENGINE_ERROR', message: 'boom' });
  });
});

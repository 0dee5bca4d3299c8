/**
 * Creating and dropping whole databases on a PostgreSQL server, through its `postgres` maintenance
 * database. For test isolation and first-time setup; not for embedded PGlite (one database only).
 */
import pg from 'pg';
import { databaseName, redactUrl, withDatabase } from './database-url';
import { MigrationError } from './migration-error';

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function quotedName(url: string): string {
  const name = databaseName(url);
  if (!SAFE_NAME.test(name)) {
    throw new MigrationError('INVALID_ARGUMENT', `Database name "${name}" must match ${SAFE_NAME}.`);
  }
  return `"${name}"`;
}

async function onMaintenanceDatabase(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  try {
    await client.connect();
    await client.query(sql);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code === 'ECONNREFUSED' ? 'CONNECTION_FAILED' : 'ENGINE_ERROR';
    throw new MigrationError(code, `${reason} (${redactUrl(url)})`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database named in `url` on that server. */
export async function createDatabase(url: string): Promise<void> {
  await onMaintenanceDatabase(url, `CREATE DATABASE ${quotedName(url)}`);
}

/** Drops the database named in `url`, terminating its connections (PostgreSQL 13+). No-op if absent. */
export async function dropDatabase(url: string): Promise<void> {
  await onMaintenanceDatabase(url, `DROP DATABASE IF EXISTS ${quotedName(url)} WITH (FORCE)`);
}

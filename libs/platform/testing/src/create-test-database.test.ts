import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testServerUrl } from '@tractor/db-runtime/testing';
import { createTestDatabase } from './create-test-database';

const migrationsDir = fileURLToPath(new URL('./__fixtures__/migrations', import.meta.url));
const serverUrl = testServerUrl();

async function databasesLike(pattern: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const result = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [pattern]);
    return result.rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('creates uniquely named, migrated databases and drops them despite open connections', async () => {
    const [one, two] = await Promise.all([
      createTestDatabase({ migrationsDir, label: 'explore' }),
      createTestDatabase({ migrationsDir, label: 'explore' }),
    ]);
    if (!one || !two) throw new Error('expected two databases');
    expect(one.name).toMatch(/^t_explore_[0-9a-f]{12}$/);
    expect(two.name).not.toBe(one.name);
    expect(new URL(one.url).pathname).toBe(`/${one.name}`);

    const client = new pg.Client({ connectionString: one.url });
    client.on('error', () => undefined); // the drop terminates this connection
    await client.connect();
    await client.query(`INSERT INTO "Tractor" (name) VALUES ('Heidi')`);
    const migrations = await client.query('SELECT migration_name FROM _prisma_migrations');
    expect(migrations.rows).toEqual([{ migration_name: '20250101000000_init' }]);

    await one.drop();
    await one.drop();
    await two.drop();
    expect(await databasesLike(one.name)).toEqual([]);
    expect(await databasesLike(two.name)).toEqual([]);
    await client.end().catch(() => undefined);
  });

  it('names the database after the app owning the migrations, and drops it when they fail', async () => {
    const app = `broken${randomBytes(3).toString('hex')}`;
    const root = await mkdtemp(join(tmpdir(), 'repo-'));
    const appMigrations = join(root, 'apps', app, 'prisma', 'migrations');
    await mkdir(join(appMigrations, '20250101000000_broken'), { recursive: true });
    await writeFile(join(appMigrations, '20250101000000_broken', 'migration.sql'), 'SELECT nope FROM missing;');

    const failure = await createTestDatabase({ migrationsDir: appMigrations }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'MigrationError', code: 'MIGRATION_FAILED' });
    expect(await databasesLike(`t\\_${app}\\_%`)).toEqual([]);
    await rm(root, { recursive: true });
  });

  it('defaults the label when the folder is not inside an app', async () => {
    const db = await createTestDatabase({ migrationsDir, baseUrl: serverUrl });
    expect(db.name).toMatch(/^t_db_[0-9a-f]{12}$/);
    await db.drop();
  });
});

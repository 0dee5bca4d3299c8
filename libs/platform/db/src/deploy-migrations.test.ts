/** Deploy, status and reset against the real PostgreSQL server, on a database of this file's own. */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureMigrationNames, fixtureMigrations, uniqueDatabaseUrl } from './__fixtures__/fixtures';
import { createDatabase, dropDatabase } from './database-admin';
import { deployMigrations } from './deploy-migrations';
import { migrationStatus } from './migration-status';
import { resetDatabase } from './reset-database';

const url = uniqueDatabaseUrl('dbruntime');
const target = { url, migrationsDir: fixtureMigrations };
let client: pg.Client;

async function addBook(title: string): Promise<void> {
  const author = await client.query<{ id: number }>(`INSERT INTO "Author" (name) VALUES ('Ada') RETURNING id`);
  await client.query(`INSERT INTO "Book" (title, "authorId") VALUES ($1, $2)`, [title, author.rows[0]?.id]);
}

beforeAll(async () => {
  await createDatabase(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await dropDatabase(url);
});

describe('migrations on PostgreSQL', () => {
  it('reports everything pending on a fresh database', async () => {
    await expect(migrationStatus(target)).resolves.toEqual({
      local: fixtureMigrationNames,
      pending: fixtureMigrationNames,
      unknown: [],
      failed: [],
      edited: [],
      hasMigrationsTable: false,
      upToDate: false,
    });
  });

  it('deploys every migration, whole scripts included, with Prisma bookkeeping', async () => {
    await expect(deployMigrations(target)).resolves.toEqual({ applied: fixtureMigrationNames });

    await addBook('  Tractor Manual  ');
    const books = await client.query<{ title: string; status: string }>('SELECT title, status FROM "Book"');
    expect(books.rows).toEqual([{ title: 'Tractor Manual', status: 'ACTIVE' }]); // trigger from the $$ script

    const rows = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    const init = await readFile(join(fixtureMigrations, '20250101000000_init', 'migration.sql'));
    expect(rows.rows.map((row) => row.migration_name)).toEqual(fixtureMigrationNames);
    expect(rows.rows[0]?.checksum).toBe(createHash('sha256').update(init).digest('hex'));
    expect(rows.rows.every((row) => row.finished_at instanceof Date)).toBe(true);
  });

  it('is idempotent and then up to date', async () => {
    await expect(deployMigrations(target)).resolves.toEqual({ applied: [] });
    await expect(migrationStatus(target)).resolves.toMatchObject({ pending: [], upToDate: true });
  });

  it('resets: drops the data, reapplies every migration', async () => {
    await expect(resetDatabase(target)).resolves.toEqual({ applied: fixtureMigrationNames });
    const count = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Book"');
    expect(count.rows[0]?.n).toBe(0);
    await expect(migrationStatus(target)).resolves.toMatchObject({ upToDate: true });
  });

  it('rolls back a failing migration, names it, and blocks later deploys', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'failing-migrations-'));
    await cp(fixtureMigrations, dir, { recursive: true });
    await mkdir(join(dir, '20250103000000_broken'));
    await writeFile(join(dir, '20250103000000_broken', 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT nope FROM missing;\n');
    const broken = { url, migrationsDir: dir };

    await expect(deployMigrations(broken)).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
      message: expect.stringContaining('20250103000000_broken'),
    });
    const half = await client.query(`SELECT to_regclass('"Half"') AS t`);
    expect(half.rows[0]).toEqual({ t: null }); // one script, one implicit transaction
    await expect(migrationStatus(broken)).resolves.toMatchObject({ failed: ['20250103000000_broken'], upToDate: false });
    await expect(deployMigrations(broken)).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });

    await resetDatabase(target); // leave the database clean for anyone reading it after a failure
    await rm(dir, { recursive: true });
  });

  it('fails with typed errors for an unreachable server or a missing folder', async () => {
    await expect(
      deployMigrations({ url: 'postgresql://postgres@127.0.0.1:1/postgres', migrationsDir: fixtureMigrations }),
    ).rejects.toMatchObject({ code: 'CONNECTION_FAILED' });
    await expect(deployMigrations({ url, migrationsDir: join(tmpdir(), 'no-such-migrations') })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

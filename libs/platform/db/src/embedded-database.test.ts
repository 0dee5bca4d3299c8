/** An embedded PGlite on a temp data dir, migrated over its socket, surviving a restart. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureMigrationNames, fixtureMigrations } from './__fixtures__/fixtures';
import { deployMigrations } from './deploy-migrations';
import {
  EMBEDDED_MAX_CONNECTIONS,
  EMBEDDED_POOL_MAX,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from './embedded-database';
import { migrationStatus } from './migration-status';
import { resetDatabase } from './reset-database';

let root: string;
let dataDir: string;
let db: EmbeddedDatabase | undefined;

async function withPool<T>(url: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: EMBEDDED_POOL_MAX });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'embedded-db-'));
  dataDir = join(root, 'not', 'yet', 'there', 'explore'); // parents are created
});
afterAll(async () => {
  await db?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('startEmbeddedDatabase', () => {
  it('serves a fresh data dir on a free port and takes migrations over the socket', async () => {
    db = await startEmbeddedDatabase({ dataDir, port: 0 });
    expect(db.port).toBeGreaterThan(1024);
    expect(db.url).toBe(`postgresql://postgres@127.0.0.1:${db.port}/postgres`);
    const target = { url: db.url, migrationsDir: fixtureMigrations };

    await expect(migrationStatus(target)).resolves.toMatchObject({ pending: fixtureMigrationNames, hasMigrationsTable: false });
    await expect(deployMigrations(target)).resolves.toEqual({ applied: fixtureMigrationNames });
    await expect(deployMigrations(target)).resolves.toEqual({ applied: [] });
    await expect(migrationStatus(target)).resolves.toMatchObject({ upToDate: true });

    const titles = await withPool(db.url, async (pool) => {
      const author = await pool.query<{ id: number }>(`INSERT INTO "Author" (name) VALUES ('Ada') RETURNING id`);
      await pool.query(`INSERT INTO "Book" (title, "authorId") VALUES ('  Baler  ', $1)`, [author.rows[0]?.id]);
      return (await pool.query<{ title: string }>('SELECT title FROM "Book"')).rows;
    });
    expect(titles).toEqual([{ title: 'Baler' }]);
  });

  it('keeps data and migration history across stop and start', async () => {
    await db?.stop();
    await db?.stop(); // idempotent
    db = await startEmbeddedDatabase({ dataDir, port: 0 });
    const target = { url: db.url, migrationsDir: fixtureMigrations };

    const titles = await withPool(db.url, async (pool) => (await pool.query('SELECT title FROM "Book"')).rows);
    expect(titles).toEqual([{ title: 'Baler' }]);
    await expect(migrationStatus(target)).resolves.toMatchObject({ upToDate: true });
    await expect(deployMigrations(target)).resolves.toEqual({ applied: [] });
  });

  it('releases the connections each migration command opens', async () => {
    if (!db) throw new Error('database not started');
    const target = { url: db.url, migrationsDir: fixtureMigrations };
    for (let run = 0; run <= EMBEDDED_MAX_CONNECTIONS; run++) {
      await expect(migrationStatus(target)).resolves.toMatchObject({ upToDate: true });
    }
  });

  it('resets like a real server', async () => {
    if (!db) throw new Error('database not started');
    const target = { url: db.url, migrationsDir: fixtureMigrations };
    await expect(resetDatabase(target)).resolves.toEqual({ applied: fixtureMigrationNames });
    const count = await withPool(db.url, async (pool) => (await pool.query('SELECT count(*)::int AS n FROM "Book"')).rows);
    expect(count).toEqual([{ n: 0 }]);
  });

  it('reports a port in use as a typed error', async () => {
    if (!db) throw new Error('database not started');
    await expect(startEmbeddedDatabase({ port: db.port })).rejects.toMatchObject({
      code: 'EMBEDDED_DATABASE_FAILED',
    });
  });
});

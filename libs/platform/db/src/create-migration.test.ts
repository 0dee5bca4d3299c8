import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureMigrations, fixtureSchema, fixtureSchemaV2 } from './__fixtures__/fixtures';
import { createMigration } from './create-migration';
import { LOCKFILE_CONTENT } from './read-migrations';

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'create-migration-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const folders = async (dir: string) => (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);

describe('createMigration', () => {
  it('writes the first migration, then only deltas, in Prisma folder format', async () => {
    const migrationsDir = join(workDir, 'fresh', 'migrations');

    const first = await createMigration({
      schemaPath: fixtureSchema,
      migrationsDir,
      name: 'init',
      now: new Date('2025-03-01T12:00:00Z'),
    });
    expect(first).toMatchObject({ created: true, name: '20250301120000_init' });
    const initSql = await readFile(join(migrationsDir, '20250301120000_init', 'migration.sql'), 'utf8');
    expect(initSql).toContain(`CREATE TYPE "Status" AS ENUM ('ACTIVE', 'ARCHIVED');`);
    expect(initSql).toContain('CREATE INDEX "Book_authorId_idx" ON "Book"("authorId");');
    expect(initSql).toContain('FOREIGN KEY ("authorId") REFERENCES "Author"("id")');
    expect(await readFile(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(LOCKFILE_CONTENT);

    const unchanged = await createMigration({ schemaPath: fixtureSchema, migrationsDir, name: 'noop' });
    expect(unchanged).toEqual({ created: false });
    expect(await folders(migrationsDir)).toEqual(['20250301120000_init']);

    const second = await createMigration({
      schemaPath: fixtureSchemaV2,
      migrationsDir,
      name: 'reviews',
      now: new Date('2025-03-01T12:00:00Z'), // same second: must still sort after init
    });
    expect(second).toMatchObject({ created: true, name: '20250301120001_reviews' });
    if (!second.created) throw new Error('expected a migration');
    expect(second.script).toContain('CREATE TABLE "Review"');
    expect(second.script).toContain('ADD COLUMN     "email" TEXT');
    expect(second.script).not.toContain('CREATE TABLE "Author"');
    expect(second.script).not.toContain('CREATE TYPE');
  });

  it('finds nothing to do for the fixture schema against the fixture migrations', async () => {
    const migrationsDir = join(workDir, 'copy');
    await cp(fixtureMigrations, migrationsDir, { recursive: true });
    await expect(createMigration({ schemaPath: fixtureSchema, migrationsDir, name: 'x' })).resolves.toEqual({
      created: false,
    });
  });

  it('fails with typed errors on a missing schema or an empty name', async () => {
    const migrationsDir = join(workDir, 'errors');
    await expect(
      createMigration({ schemaPath: join(workDir, 'nope.prisma'), migrationsDir, name: 'x' }),
    ).rejects.toMatchObject({ name: 'MigrationError', code: 'NOT_FOUND' });
    await expect(createMigration({ schemaPath: fixtureSchema, migrationsDir, name: '!!' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureMigrationNames, fixtureMigrations } from './__fixtures__/fixtures';
import { readMigrations } from './read-migrations';

describe('readMigrations', () => {
  it('lists migration folders in name order with their scripts and the lockfile', async () => {
    const list = await readMigrations(fixtureMigrations);
    expect(list.migrationDirectories.map((dir) => dir.path)).toEqual(fixtureMigrationNames);
    expect(list.migrationDirectories[0]?.migrationFile.content).toMatchObject({ tag: 'ok' });
    expect(list.lockfile.content).toContain('provider = "postgresql"');
  });

  it('reports a folder without migration.sql as an error entry, as Prisma does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'read-migrations-'));
    await mkdir(join(dir, '20250101000000_empty'));
    await writeFile(join(dir, 'README.md'), 'not a migration');
    const list = await readMigrations(dir);
    expect(list.migrationDirectories).toHaveLength(1);
    expect(list.migrationDirectories[0]?.migrationFile.content.tag).toBe('error');
    expect(list.lockfile.content).toBeNull();
    await rm(dir, { recursive: true });
  });

  it('refuses a missing folder unless allowed', async () => {
    const missing = join(tmpdir(), 'does-not-exist-' + Date.now());
    await expect(readMigrations(missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readMigrations(missing, { allowMissing: true })).resolves.toMatchObject({ migrationDirectories: [] });
  });
});

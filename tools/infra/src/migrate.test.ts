/** The deploy-time migration step against a real, empty PostgreSQL database (TEST_DATABASE_URL's server). */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, migrationStatus, withDatabase } from '@tractor/db-runtime';
import { testServerUrl } from '@tractor/db-runtime/testing';

const root = join(import.meta.dirname, '..', '..', '..');
const url = withDatabase(testServerUrl(), `t_migrate_${randomBytes(6).toString('hex')}`);

function migrate(env: Record<string, string>): string {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return execFileSync(process.execPath, [tsx, join(import.meta.dirname, 'migrate.ts'), '--context', 'checkout'], {
    cwd: root,
    env: { ...process.env, CHECKOUT_DATABASE_URL: '', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('migrate (deploy step)', () => {
  beforeAll(() => createDatabase(url));
  afterAll(() => dropDatabase(url));

  it('brings an empty database to the latest migration, and is a no-op the second time', async () => {
    expect(migrate({ CHECKOUT_DATABASE_URL: url })).toMatch(/applied migrations/);
    const status = await migrationStatus({ url, migrationsDir: join(root, 'apps', 'checkout', 'prisma', 'migrations') });
    expect(status.upToDate).toBe(true);
    expect(migrate({ CHECKOUT_DATABASE_URL: url })).toMatch(/migrations are up to date/);
  });

  it('fails with a clear message when no database is linked or configured', () => {
    expect(() => migrate({})).toThrow(/checkout: no database/);
  });
});

/**
 * A throwaway PostgreSQL database with a context's migrations applied, for one test file:
 *
 *   let db: TestDatabase;
 *   beforeAll(async () => { db = await createTestDatabase({ migrationsDir }); });
 *   afterAll(() => db.drop());
 *
 * Each database gets a unique name (`t_<label>_<random>`), so test files, apps and CI runs never
 * share state. The server comes from `TEST_DATABASE_URL` (any database on it; the name is replaced).
 */
import { randomBytes } from 'node:crypto';
import { createDatabase, databaseName, deployMigrations, dropDatabase, withDatabase } from '@tractor/db-runtime';
import { testServerUrl } from '@tractor/db-runtime/testing';

export interface TestDatabaseOptions {
  /** The context's Prisma migrations folder. */
  migrationsDir: string;
  /** A URL on the server to use; defaults to `TEST_DATABASE_URL`, then the local server. */
  baseUrl?: string;
  /** Part of the database name; defaults to the app folder found in `migrationsDir` (`apps/<label>/`). */
  label?: string;
}

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  /** Terminates open connections and drops the database. Safe to call twice. */
  drop(): Promise<void>;
}

const sanitize = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 40) || 'db';

function appOwning(migrationsDir: string): string {
  return /(?:^|[\\/])apps[\\/]([^\\/]+)[\\/]/.exec(migrationsDir)?.[1] ?? 'db';
}

export async function createTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const baseUrl = options.baseUrl ?? testServerUrl();
  const label = sanitize(options.label ?? appOwning(options.migrationsDir));
  const url = withDatabase(baseUrl, `t_${label}_${randomBytes(6).toString('hex')}`);

  let dropping: Promise<void> | undefined;
  const drop = () => {
    dropping ??= dropDatabase(url);
    return dropping;
  };
  await createDatabase(url);
  try {
    await deployMigrations({ url, migrationsDir: options.migrationsDir });
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, name: databaseName(url), drop };
}

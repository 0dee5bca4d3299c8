/**
 * Test fixtures for decide's BFF: a throwaway, migrated and seeded database on the real PostgreSQL,
 * and a caller bound to it. One per test file; `drop()` removes it.
 */
import { join } from 'node:path';
import { createTestDatabase } from '@tractor/testing';
import { seed } from '../../prisma/seed';
import { createDb } from '../db/client';
import { createContextInner, type Context } from './context';
import { createCaller } from './root';

export async function createTestBff() {
  const database = await createTestDatabase({ migrationsDir: join(import.meta.dirname, '..', '..', 'prisma', 'migrations') });
  const db = createDb(database.url, 2);
  await seed(db);
  return {
    db,
    caller: (overrides: Partial<Omit<Context, 'db'>> = {}) => createCaller(createContextInner({ db, ...overrides })),
    drop: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}

/**
 * A context's BFF on a throwaway database for one test file: the real PostgreSQL server, the
 * context's migrations, its seed, and callers bound to that database. `drop()` removes it all.
 *
 *   const bff = await createTestSlice({ migrationsDir, createDb, seed, createContextInner, createCaller });
 *   await bff.caller({ cartId }).cart.get();
 */
import { createTestDatabase } from '@tractor/testing';
import { bulkWork, type ClientOptions } from '../db';

interface Disconnectable {
  $disconnect(): Promise<void>;
}

export interface TestSliceOptions<Db extends Disconnectable, Inner extends { db: Db }, Context, Caller> {
  /** The context's `prisma/migrations` folder. */
  migrationsDir: string;
  createDb: (url: string, max: number, options: ClientOptions) => Db;
  seed: (db: Db) => Promise<void>;
  /** The pure part of the app's context: the test's database plus what a test overrides. */
  createContextInner: (inner: Inner) => Context;
  createCaller: (ctx: Context) => Caller;
  /** Connections the client may open; a concurrency test needs as many as it runs requests. */
  pool?: number;
}

export async function createTestSlice<Db extends Disconnectable, Inner extends { db: Db }, Context, Caller>(
  options: TestSliceOptions<Db, Inner, Context, Caller>,
) {
  const database = await createTestDatabase({ migrationsDir: options.migrationsDir });
  const db = options.createDb(database.url, options.pool ?? 2, bulkWork);
  const drop = async () => {
    await db.$disconnect();
    await database.drop();
  };
  try {
    await options.seed(db);
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    db,
    url: database.url,
    /** A caller as a request with these context fields would get it (a cart, a cookie jar). */
    caller: (overrides?: Omit<Inner, 'db'>) => options.createCaller(options.createContextInner({ ...overrides, db } as Inner)),
    drop,
  };
}

import { PrismaPg } from '@prisma/adapter-pg';
import { databaseUrl } from '@tractor/runtime-config';
import { env } from '../env';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;

/** A client for decide's own database. */
export function createDb(connectionString: string, max = 5): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForDb = globalThis as unknown as { decideDb?: Db };

/** The process-wide client, created on first use (dev reloads keep the same one). */
export function db(): Db {
  if (globalForDb.decideDb) return globalForDb.decideDb;
  const url = databaseUrl('decide', env.DECIDE_DATABASE_URL);
  if (!url) throw new Error('DECIDE_DATABASE_URL is not set: start the shop with `npm start`, or point it at a PostgreSQL database');
  globalForDb.decideDb = createDb(url, env.DECIDE_DATABASE_POOL_MAX);
  return globalForDb.decideDb;
}

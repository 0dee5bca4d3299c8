import { PrismaPg } from '@prisma/adapter-pg';
import { databaseUrl } from '@tractor/runtime-config';
import { env } from '../env';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;

/** A client for explore's own database. */
export function createDb(connectionString: string, max = 5): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForDb = globalThis as unknown as { exploreDb?: Db };

/** The process-wide client, created on first use (dev reloads keep the same one). */
export function db(): Db {
  if (globalForDb.exploreDb) return globalForDb.exploreDb;
  const url = databaseUrl('explore', env.EXPLORE_DATABASE_URL);
  if (!url) throw new Error('EXPLORE_DATABASE_URL is not set: start the shop with `npm start`, or point it at a PostgreSQL database');
  globalForDb.exploreDb = createDb(url, env.EXPLORE_DATABASE_POOL_MAX);
  return globalForDb.exploreDb;
}

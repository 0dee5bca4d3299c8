/**
 * A context's `prisma/setup.ts` before the app starts (launcher, deploys): apply pending
 * migrations, then seed while the database is still empty. The URL follows the one naming rule.
 */
import { prepareDatabase } from '@tractor/db-runtime';
import { databaseVariables } from '@tractor/runtime-config';
import { bulkWork, type ClientOptions } from './db';

export interface SetupOptions<Db> {
  context: string;
  env: { databaseUrl?: string | undefined };
  migrationsDir: string;
  createDb: (url: string, max: number, options: ClientOptions) => Db;
  isEmpty: (db: Db) => Promise<boolean>;
  seed: (db: Db) => Promise<void>;
}

export async function setupSliceDatabase<Db extends { $disconnect(): Promise<void> }>(options: SetupOptions<Db>): Promise<void> {
  const url = options.env.databaseUrl;
  if (!url) {
    console.error(`${databaseVariables(options.context).url} is not set`);
    process.exit(2);
  }
  await prepareDatabase({ url, migrationsDir: options.migrationsDir, connect: (at) => options.createDb(at, 1, bulkWork), isEmpty: options.isEmpty, seed: options.seed });
}

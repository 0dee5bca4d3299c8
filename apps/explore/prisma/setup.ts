/**
 * Prepares explore's database before the app starts: applies pending migrations, then seeds it when
 * it is still empty. Run by the launcher (and by deploys) with EXPLORE_DATABASE_URL set.
 */
import { join } from 'node:path';
import { prepareDatabase } from '@tractor/db-runtime';
import { createDb } from '../src/db/client';
import { env } from '../src/env';
import { isEmpty, seed } from './seed';

const url = env.EXPLORE_DATABASE_URL;
if (!url) {
  console.error('EXPLORE_DATABASE_URL is not set');
  process.exit(2);
}

await prepareDatabase({ url, migrationsDir: join(import.meta.dirname, 'migrations'), connect: (at) => createDb(at, 1), isEmpty, seed });

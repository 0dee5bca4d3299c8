/**
 * Prepares checkout's database before the app starts: applies pending migrations, then seeds it when
 * it is still empty. Run by the launcher (and by deploys) with CHECKOUT_DATABASE_URL set.
 */
import { join } from 'node:path';
import { deployMigrations } from '@tractor/db-runtime';
import { createDb } from '../src/db/client';
import { env } from '../src/env';
import { isEmpty, seed } from './seed';

const url = env.CHECKOUT_DATABASE_URL;
if (!url) {
  console.error('CHECKOUT_DATABASE_URL is not set');
  process.exit(2);
}

const { applied } = await deployMigrations({ url, migrationsDir: join(import.meta.dirname, 'migrations') });
console.log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'migrations are up to date');

const db = createDb(url, 1);
try {
  if (await isEmpty(db)) {
    await seed(db);
    console.log('seeded from the reference data');
  }
} finally {
  await db.$disconnect();
}

/**
 * Prepares decide's database before the app starts: applies pending migrations, then seeds it when
 * it is still empty. Run by the launcher (and by deploys) with DECIDE_DATABASE_URL set.
 */
import { join } from 'node:path';
import { setupSliceDatabase } from '@tractor/slice/setup';
import { createDb } from '../src/server/db';
import { env } from '../src/env';
import { isEmpty, seed } from './seed';

await setupSliceDatabase({ context: 'decide', env, migrationsDir: join(import.meta.dirname, 'migrations'), createDb, isEmpty, seed });

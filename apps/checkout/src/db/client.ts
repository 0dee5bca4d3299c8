import { sliceDatabase } from '@tractor/slice/db';
import { env } from '../env';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;

/** Clients on checkout's own database: `db()` for the process, `createDb(url)` for tests and scripts. */
export const { createDb, db } = sliceDatabase('checkout', env, (adapter, options) => new PrismaClient({ adapter, ...options }));

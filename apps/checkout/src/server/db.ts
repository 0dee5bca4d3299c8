import { sliceDatabase } from '@tractor/slice/db';
import { env } from '../env';
import { PrismaClient } from '../../prisma/generated/client';

export type Db = PrismaClient;
export type { Prisma } from '../../prisma/generated/client';

/** Clients on checkout's own database: `db()` for the process, `createDb(url)` for tests and scripts. */
export const { createDb, db } = sliceDatabase('checkout', env, (adapter, options) => new PrismaClient({ adapter, ...options }));

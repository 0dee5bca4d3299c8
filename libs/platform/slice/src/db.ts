/**
 * A context's Prisma client, on its own database only: the URL from `<CONTEXT>_DATABASE_URL`, or
 * on AWS the database SST linked to this context. Every client speaks through `@prisma/adapter-pg`,
 * so the code is the same on PGlite, a local PostgreSQL and RDS.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseUrl, databaseVariables, sharedClientKey } from '@tractor/runtime-config';
import type { ContextName } from '@tractor/contracts';

interface Disconnectable {
  $disconnect(): Promise<void>;
}

/** Options every generated Prisma client takes, passed through to it. */
export interface ClientOptions {
  transactionOptions?: { maxWait: number; timeout: number };
}

/**
 * For one-shot work on a whole database (migrating and seeding before a start, a test file's
 * seed): a busy machine may need longer than Prisma's 5 s per transaction to load the reference data.
 */
export const bulkWork: ClientOptions = { transactionOptions: { maxWait: 30_000, timeout: 120_000 } };

export class MissingDatabaseError extends Error {
  override readonly name = 'MissingDatabaseError';
}

/**
 * `connect` wraps the adapter in the context's own generated client:
 *
 *   export const { createDb, db } = sliceDatabase('checkout', env, (adapter, options) => new PrismaClient({ adapter, ...options }));
 */
export function sliceDatabase<Db extends Disconnectable>(
  context: ContextName,
  env: { databaseUrl?: string | undefined; databasePoolMax: number },
  connect: (adapter: PrismaPg, options: ClientOptions) => Db,
) {
  /** A client on the given database; `max` bounds its pool. */
  const createDb = (connectionString: string, max = 5, options: ClientOptions = {}): Db => connect(new PrismaPg({ connectionString, max }), options);
  // Kept on globalThis (`checkoutDb`) so development reloads reuse one pool instead of opening
  // another per edit; a test of route handlers puts its own database there.
  const key = sharedClientKey(context);
  const shared = globalThis as unknown as Record<string, Db | undefined>;

  /** The process-wide client, created on first use. */
  const db = (): Db => {
    const existing = shared[key];
    if (existing) return existing;
    const url = databaseUrl(context, env.databaseUrl);
    if (!url) throw new MissingDatabaseError(`${databaseVariables(context).url} is not set: start the shop with \`npm start\`, or point it at a PostgreSQL database`);
    const created = createDb(url, env.databasePoolMax);
    shared[key] = created;
    return created;
  };
  return { createDb, db };
}

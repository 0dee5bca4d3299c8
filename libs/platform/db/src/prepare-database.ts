/**
 * What every context does to its database before its app starts (and on deploy): apply pending
 * migrations, then seed while the database is still empty, so a reseed never overwrites live data.
 */
import { deployMigrations } from './deploy-migrations';

/**
 * Limits for a seed's one transaction. Prisma's default (5 s) is too short for an embedded
 * database on a busy machine, which serves one query at a time: a seed that times out there
 * stops the shop from starting.
 */
export const seedTransactionOptions = { maxWait: 60_000, timeout: 120_000 };

export interface PrepareDatabaseOptions<Db extends { $disconnect(): Promise<void> }> {
  url: string;
  migrationsDir: string;
  /** Opens the context's own client on `url`. */
  connect: (url: string) => Db;
  isEmpty: (db: Db) => Promise<boolean>;
  seed: (db: Db) => Promise<void>;
  log?: (line: string) => void;
}

export async function prepareDatabase<Db extends { $disconnect(): Promise<void> }>(options: PrepareDatabaseOptions<Db>) {
  const log = options.log ?? ((line: string) => console.log(line));
  const { applied } = await deployMigrations({ url: options.url, migrationsDir: options.migrationsDir });
  log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'migrations are up to date');
  const db = options.connect(options.url);
  try {
    const seeded = await options.isEmpty(db);
    if (seeded) {
      await options.seed(db);
      log('seeded from the reference data');
    }
    return { applied, seeded };
  } finally {
    await db.$disconnect();
  }
}

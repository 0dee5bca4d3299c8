/** Applies pending migrations, with Prisma's `_prisma_migrations` bookkeeping (`prisma migrate deploy`). */
import { readMigrations } from './read-migrations';
import { ALL_TABLES, withSchemaEngine } from './with-schema-engine';

export interface MigrationTarget {
  /** Any PostgreSQL URL: a real server or an embedded database. */
  url: string;
  /** A Prisma migrations folder (`<name>/migration.sql` + `migration_lock.toml`). */
  migrationsDir: string;
}

export interface DeployResult {
  /** Migrations applied by this call, oldest first; empty when the database was up to date. */
  applied: string[];
}

export async function deployMigrations({ url, migrationsDir }: MigrationTarget): Promise<DeployResult> {
  const migrationsList = await readMigrations(migrationsDir);
  return withSchemaEngine({ url }, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: ALL_TABLES });
    return { applied: appliedMigrationNames };
  });
}

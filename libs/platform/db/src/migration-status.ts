/** Compares a migrations folder with a database's `_prisma_migrations` table (`prisma migrate status`). */
import type { MigrationTarget } from './deploy-migrations';
import { readMigrations } from './read-migrations';
import { ALL_TABLES, withSchemaEngine } from './with-schema-engine';

export interface MigrationStatus {
  /** Migrations in the folder, oldest first. */
  local: string[];
  /** In the folder, not yet applied to the database. */
  pending: string[];
  /** Applied to the database, missing from the folder (another branch, or a deleted folder). */
  unknown: string[];
  /** Recorded as failed; `deploy` refuses to run until they are resolved. */
  failed: string[];
  /** Applied, but the script changed since. */
  edited: string[];
  /** False on a database never migrated. */
  hasMigrationsTable: boolean;
  /** Nothing pending, unknown, failed or edited. */
  upToDate: boolean;
}

export async function migrationStatus({ url, migrationsDir }: MigrationTarget): Promise<MigrationStatus> {
  const migrationsList = await readMigrations(migrationsDir);
  const diagnosis = await withSchemaEngine({ url }, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: ALL_TABLES }),
  );
  const history = diagnosis.history;
  const pending =
    history?.diagnostic === 'databaseIsBehind' || history?.diagnostic === 'historiesDiverge'
      ? history.unappliedMigrationNames
      : [];
  const unknown =
    history?.diagnostic === 'migrationsDirectoryIsBehind' || history?.diagnostic === 'historiesDiverge'
      ? history.unpersistedMigrationNames
      : [];
  const { failedMigrationNames: failed, editedMigrationNames: edited } = diagnosis;
  return {
    local: migrationsList.migrationDirectories.map((dir) => dir.path),
    pending,
    unknown,
    failed,
    edited,
    hasMigrationsTable: diagnosis.hasMigrationsTable,
    upToDate: pending.length + unknown.length + failed.length + edited.length === 0,
  };
}

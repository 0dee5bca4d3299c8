/** Drops everything in a database, then applies every migration (`prisma migrate reset --force`). */
import { deployMigrations, type DeployResult, type MigrationTarget } from './deploy-migrations';
import { readMigrations } from './read-migrations';
import { ALL_TABLES, withSchemaEngine } from './with-schema-engine';

export async function resetDatabase(target: MigrationTarget): Promise<DeployResult> {
  await readMigrations(target.migrationsDir); // fail on a wrong folder before dropping anything
  await withSchemaEngine({ url: target.url }, (engine) => engine.reset({ filter: ALL_TABLES }));
  return deployMigrations(target);
}

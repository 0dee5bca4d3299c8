/**
 * Writes the next migration for a schema (`prisma migrate dev --create-only`, without a dev
 * database): the engine replays the existing migrations into a throwaway in-memory PGlite (its
 * "shadow database"), diffs the result against the schema, and we write the script in Prisma's
 * folder format so `prisma migrate deploy` accepts it wherever the native binary exists.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmbeddedDatabase } from './embedded-database';
import { migrationFolderName } from './migration-folder-name';
import { MigrationError } from './migration-error';
import { LOCKFILE_CONTENT, LOCKFILE_NAME, MIGRATION_SCRIPT_NAME, readMigrations } from './read-migrations';
import { ALL_TABLES, withSchemaEngine } from './with-schema-engine';

export interface CreateMigrationOptions {
  schemaPath: string;
  migrationsDir: string;
  /** Free text; becomes the folder suffix (`Add orders` → `20250101120000_add_orders`). */
  name: string;
  /** Defaults to now; tests pin it. */
  now?: Date;
}

export type CreateMigrationResult =
  | { created: true; name: string; dir: string; script: string }
  | { created: false };

async function readSchema(schemaPath: string): Promise<string> {
  try {
    return await readFile(schemaPath, 'utf8');
  } catch (error) {
    throw new MigrationError('NOT_FOUND', `Prisma schema not found: ${schemaPath}`, { cause: error });
  }
}

export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const schemaPath = resolve(options.schemaPath);
  const schema = await readSchema(schemaPath);
  const existing = await readMigrations(options.migrationsDir, { allowMissing: true });
  const lockfile = existing.lockfile.content;
  if (lockfile !== null && !/provider\s*=\s*"postgresql"/.test(lockfile)) {
    throw new MigrationError('INVALID_ARGUMENT', `${LOCKFILE_NAME} in ${existing.baseDir} is not for postgresql.`);
  }
  const folder = migrationFolderName(
    options.name,
    options.now ?? new Date(),
    existing.migrationDirectories.map((dir) => dir.path),
  );
  // The engine needs the lockfile to know the provider, even before the first migration exists.
  const migrationsList = { ...existing, lockfile: { path: LOCKFILE_NAME, content: LOCKFILE_CONTENT } };

  const shadow = await startEmbeddedDatabase();
  let diff;
  try {
    diff = await withSchemaEngine({ url: shadow.url, shadowUrl: shadow.url }, (engine) =>
      engine.diff({
        from: { tag: 'migrations', ...migrationsList },
        to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
        script: true,
        exitCode: true, // 2 = differences found
        filters: ALL_TABLES,
      }),
    );
  } finally {
    await shadow.stop();
  }
  if (diff.exitCode !== 2 || !diff.stdout) return { created: false };

  const dir = join(existing.baseDir, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, MIGRATION_SCRIPT_NAME), diff.stdout, 'utf8');
  await writeFile(join(existing.baseDir, LOCKFILE_NAME), LOCKFILE_CONTENT, 'utf8');
  return { created: true, name: folder, dir, script: diff.stdout };
}

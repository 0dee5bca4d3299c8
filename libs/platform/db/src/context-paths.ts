/**
 * Where a context's Prisma files and database live, by convention: `apps/<context>/prisma/schema.prisma`
 * and `apps/<context>/prisma/migrations` under the repository root (the folder holding `nx.json`),
 * and the URL from `--url` or the `<CONTEXT>_DATABASE_URL` environment variable.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { databaseVariables } from '@tractor/runtime-config';
import { MigrationError } from './migration-error';

export interface ContextPaths {
  context: string;
  repoRoot: string;
  schemaPath: string;
  migrationsDir: string;
}

export function findRepoRoot(startDir: string): string {
  let dir = resolve(startDir);
  for (;;) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new MigrationError('NOT_FOUND', `No nx.json in ${resolve(startDir)} or any parent: run inside the repository.`);
    }
    dir = parent;
  }
}

export function contextPaths(context: string, repoRoot: string): ContextPaths {
  if (!/^[a-z][a-z0-9-]*$/.test(context)) {
    throw new MigrationError('INVALID_ARGUMENT', `Invalid context "${context}": use the app folder name, e.g. explore.`);
  }
  const prismaDir = join(repoRoot, 'apps', context, 'prisma');
  const schemaPath = join(prismaDir, 'schema.prisma');
  if (!existsSync(schemaPath)) {
    throw new MigrationError('NOT_FOUND', `Unknown context "${context}": ${schemaPath} does not exist.`);
  }
  return { context, repoRoot, schemaPath, migrationsDir: join(prismaDir, 'migrations') };
}

/** `explore` → `EXPLORE_DATABASE_URL` */
export function databaseUrlVariable(context: string): string {
  return databaseVariables(context).url;
}

export function resolveDatabaseUrl(
  context: string,
  explicitUrl: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (explicitUrl) return explicitUrl;
  const variable = databaseUrlVariable(context);
  const fromEnv = env[variable];
  if (fromEnv) return fromEnv;
  throw new MigrationError('MISSING_DATABASE_URL', `No database for "${context}": pass --url or set ${variable}.`);
}

/**
 * The `db` command, independent of the process: takes argv, environment and cwd, prints through
 * `print`, returns the exit code. Expected failures (`MigrationError`) print one line and return 1;
 * anything else is a bug and propagates with its stack.
 */
import { relative } from 'node:path';
import { parseCliOptions, USAGE, type CliOptions } from './cli-options';
import { contextPaths, findRepoRoot, resolveDatabaseUrl, type ContextPaths } from './context-paths';
import { createMigration } from './create-migration';
import { redactUrl } from './database-url';
import { deployMigrations } from './deploy-migrations';
import { isMigrationError } from './migration-error';
import { migrationStatus, type MigrationStatus } from './migration-status';
import { resetDatabase } from './reset-database';

export interface CliEnvironment {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  print: (line: string) => void;
  printError: (line: string) => void;
}

type Options = Exclude<CliOptions, { command: 'help' }>;

const list = (names: readonly string[], label: string) => names.map((name) => `  ${label.padEnd(8)} ${name}`);
const plural = (count: number) => `${count} migration${count === 1 ? '' : 's'}`;

function statusLines(status: MigrationStatus): string[] {
  const lines = [
    ...list(status.pending, 'pending'),
    ...list(status.failed, 'failed'),
    ...list(status.edited, 'edited'),
    ...list(status.unknown, 'unknown'),
  ];
  const summary = status.upToDate
    ? `Up to date: ${plural(status.local.length)} applied.`
    : `Not up to date (${plural(status.local.length)} in the folder).${status.unknown.length ? ' "unknown" = applied in the database, missing from the folder.' : ''}`;
  return [...lines, summary];
}

async function run(options: Options, paths: ContextPaths, env: CliEnvironment): Promise<number> {
  const shown = (path: string) => relative(env.cwd, path) || '.';
  if (options.command === 'create') {
    const result = await createMigration({ ...paths, name: options.name ?? '' });
    env.print(
      result.created
        ? `Created ${shown(result.dir)}/migration.sql`
        : `No changes: ${shown(paths.schemaPath)} matches ${shown(paths.migrationsDir)}.`,
    );
    return 0;
  }

  const url = resolveDatabaseUrl(paths.context, options.url, env.env);
  const target = { url, migrationsDir: paths.migrationsDir };
  env.print(`${paths.context}: ${redactUrl(url)}`);
  switch (options.command) {
    case 'deploy': {
      const { applied } = await deployMigrations(target);
      env.print(applied.length ? `Applied ${plural(applied.length)}:` : 'No pending migrations.');
      applied.forEach((name) => env.print(`  ${name}`));
      return 0;
    }
    case 'status': {
      const status = await migrationStatus(target);
      statusLines(status).forEach((line) => env.print(line));
      return status.upToDate ? 0 : 1;
    }
    case 'reset': {
      const { applied } = await resetDatabase(target);
      env.print(`Reset the database and applied ${plural(applied.length)}.`);
      return 0;
    }
  }
}

export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  try {
    const options = parseCliOptions(argv);
    if (options.command === 'help') {
      env.print(USAGE);
      return 0;
    }
    return await run(options, contextPaths(options.context, findRepoRoot(env.cwd)), env);
  } catch (error) {
    if (!isMigrationError(error)) throw error;
    env.printError(`error: ${error.message}`);
    return 1;
  }
}

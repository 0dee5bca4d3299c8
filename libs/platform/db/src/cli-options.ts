/** Parses and validates the command line of `npm run db -- <command> ...`. */
import { parseArgs } from 'node:util';
import { MigrationError } from './migration-error';

export const COMMANDS = ['create', 'deploy', 'status', 'reset'] as const;
export type Command = (typeof COMMANDS)[number];

export type CliOptions =
  | { command: 'help' }
  | { command: Command; context: string; name?: string; url?: string; force: boolean };

export const USAGE = `Usage: npm run db -- <command> --context <name> [options]

Commands:
  create   write the next migration from apps/<name>/prisma/schema.prisma (no database needed)
  deploy   apply pending migrations
  status   compare the migrations folder with the database (exit code 1 unless up to date)
  reset    drop everything in the database and apply all migrations (needs --force)

Options:
  --context <name>  the app: explore, decide, checkout
  --name <text>     migration name (create)
  --url <url>       database URL; default: the <NAME>_DATABASE_URL environment variable
  --force           confirm reset
  --help            show this text`;

const isCommand = (value: string | undefined): value is Command => COMMANDS.some((command) => command === value);

export function parseCliOptions(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        context: { type: 'string', short: 'c' },
        name: { type: 'string', short: 'n' },
        url: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new MigrationError('INVALID_ARGUMENT', error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { command: 'help' };

  const [command, ...extra] = positionals;
  if (!isCommand(command)) {
    throw new MigrationError('INVALID_ARGUMENT', `Unknown command "${command}". Commands: ${COMMANDS.join(', ')}.`);
  }
  if (extra.length > 0) throw new MigrationError('INVALID_ARGUMENT', `Unexpected argument "${extra.join(' ')}".`);
  if (!values.context) throw new MigrationError('INVALID_ARGUMENT', `${command} needs --context <name>.`);
  if (command === 'create' && !values.name) {
    throw new MigrationError('INVALID_ARGUMENT', 'create needs --name <text>, e.g. --name add_orders.');
  }
  if (command === 'reset' && !values.force) {
    throw new MigrationError('INVALID_ARGUMENT', 'reset deletes all data in the database: add --force to confirm.');
  }
  return { command, context: values.context, name: values.name, url: values.url, force: values.force };
}

/** Command-line options of the launcher; bad values stop it with a clear message. */
import { parseArgs } from 'node:util';
import { isAbsolute, join, resolve } from 'node:path';
import { contextNames, type ContextName } from '@tractor/contracts';

/** `lambda`: each context's OpenNext server function behind a Function URL emulation (production parity). */
export type Mode = 'start' | 'dev' | 'lambda';

export interface LaunchOptions {
  mode: Mode;
  /** Added to every manifest port (router, contexts, embedded databases), to run a second shop beside the first. */
  portOffset: number;
  /** Parent folder of the embedded databases' data directories. */
  dataDir: string;
  /** Skip `nx build` (start mode) or `nx build-lambda` (lambda mode): the builds are known to be fresh. */
  skipBuild: boolean;
  /** Delete the embedded databases' data first (tests start from the seed). */
  fresh: boolean;
  /** The contexts to run; the router still answers for the others (with its 502 page). */
  only: ContextName[];
}

const usage = 'usage: launcher <start|dev|lambda> [--only CONTEXT[,CONTEXT]] [--port-offset N] [--data-dir DIR] [--skip-build] [--fresh]';

export function parseOptions(argv: string[], repoRoot: string): LaunchOptions {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'port-offset': { type: 'string', default: process.env.SHOP_PORT_OFFSET ?? '0' },
      'data-dir': { type: 'string', default: process.env.SHOP_DATA_DIR ?? '.data' },
      'skip-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const [mode] = positionals;
  if (mode !== 'start' && mode !== 'dev' && mode !== 'lambda') throw new Error(usage);
  const portOffset = Number(values['port-offset']);
  if (!Number.isInteger(portOffset) || portOffset < 0 || portOffset > 50_000) {
    throw new Error(`--port-offset must be a whole number between 0 and 50000, got "${values['port-offset']}"`);
  }
  const dataDir = values['data-dir'];
  const only = values.only ? values.only.split(',').map((name) => name.trim()) : contextNames;
  const unknown = only.filter((name) => !contextNames.includes(name as ContextName));
  if (unknown.length > 0) throw new Error(`--only: unknown context ${unknown.join(', ')} (known: ${contextNames.join(', ')})`);
  return {
    mode,
    portOffset,
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(join(repoRoot, dataDir)),
    skipBuild: values['skip-build'],
    only: only as ContextName[],
    fresh: values.fresh,
  };
}

/**
 * Brings up one context: its database (the URL from `<NAME>_DATABASE_URL`, or an embedded PGlite
 * under the data dir), its migrations and first seed (the app's own `prisma/setup.ts`), and its
 * Next.js server on its manifest port.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contexts, edge, trpcPath, type ContextName } from '@tractor/contracts';
import { databaseVariables } from '@tractor/runtime-config';
import { lambdaHostBundle } from './lambda-host-bundle';
import { logFile } from './log-file';
import type { LaunchOptions } from './options';
import type { ProcessGroup } from './processes';
import { shopOriginFor } from './shop-origin';
import { waitForHttp } from './wait-for-http';

export interface RunningContext {
  name: ContextName;
  port: number;
  app: ChildProcess;
  database?: ChildProcess;
}

interface Database {
  url: string;
  embedded?: ChildProcess;
}

const tsx = (root: string) => join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const elementsCli = (root: string) => join(root, 'libs', 'platform', 'elements', 'src', 'cli.ts');
const next = (root: string) => join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

async function startDatabase(name: ContextName, options: LaunchOptions, group: ProcessGroup, root: string): Promise<Database> {
  const configured = process.env[databaseVariables(name).url];
  if (configured) return { url: configured };
  const port = contexts[name].databasePort + options.portOffset;
  const dataDir = join(options.dataDir, name);
  let ready: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (ready = resolve));
  const embedded = group.spawn(`${name}:db`, process.execPath, [tsx(root), join(import.meta.dirname, 'embedded-database.ts'), dataDir, String(port)], {
    cwd: root,
    onLine: (line) => {
      const match = /^ready (\S+)$/.exec(line);
      if (match?.[1]) ready(match[1]);
    },
  });
  const exited = new Promise<never>((_, reject) => embedded.once('exit', (code) => reject(new Error(`${name}: embedded database exited (${code})`))));
  return { url: await Promise.race([url, exited]), embedded };
}

export async function startContext(
  name: ContextName,
  options: LaunchOptions,
  group: ProcessGroup,
  root: string,
  built: Promise<void>,
): Promise<RunningContext> {
  const dir = join(root, contexts[name].directory);
  const database = await startDatabase(name, options, group, root);
  const env: Record<string, string> = {
    [databaseVariables(name).url]: database.url,
    // The embedded database serves one session: one connection per app.
    ...(database.embedded ? { [databaseVariables(name).poolMax]: '1' } : {}),
    // Server-side fragment includes go through the edge router, as they go through CloudFront on AWS.
    FRAGMENTS_ORIGIN: process.env.FRAGMENTS_ORIGIN ?? `http://127.0.0.1:${edge.port + options.portOffset}`,
    // Spans go to a file per context for `npm run trace`, unless OTEL_TRACES_EXPORTER says otherwise.
    SHOP_TRACES_DIR: join(options.dataDir, 'traces'),
    // The public origin pages state in absolute URLs; the router forwards the same one.
    SHOP_ORIGIN: shopOriginFor(options.portOffset),
  };
  await group.run(`${name}:db`, process.execPath, [tsx(root), join(dir, 'prisma', 'setup.ts')], { cwd: dir, env });
  await built;
  // The elements were bundled by their build target; in development a watcher rebundles them on change.
  if (options.mode === 'dev') group.spawn(`${name}:elements`, process.execPath, [tsx(root), elementsCli(root), name, '--watch'], { cwd: root });
  const port = contexts[name].port + options.portOffset;
  await mkdir(options.dataDir, { recursive: true });
  const command = options.mode === 'dev' ? 'dev' : 'start';
  const onLine = logFile(options.dataDir, name);
  const app =
    options.mode === 'lambda'
      ? group.spawn(name, process.execPath, [await lambdaHostBundle(options.dataDir), name, String(port), root], { cwd: root, env: { ...env, NODE_ENV: 'production' }, onLine })
      : group.spawn(name, process.execPath, [next(root), command, '--port', String(port), '--hostname', '127.0.0.1'], {
          cwd: dir,
          env: { ...env, NODE_ENV: options.mode === 'dev' ? 'development' : 'production' },
          onLine,
        });
  // tRPC answers a procedure it does not know (404) itself, without rendering a page: no layout runs,
  // so no fragment include is tried (and logged as failed) before the router is up. The bare
  // `/api/trpc` would not do: it matches no route, so Next renders its not-found page in the layout.
  await waitForHttp(`http://127.0.0.1:${port}${trpcPath(name)}/launcher.ready`, app);
  // Tests find a context's process here to pause it (a context that stops answering).
  await writeFile(join(options.dataDir, `${name}.pid`), String(app.pid ?? ''));
  return { name, port, app, database: database.embedded };
}

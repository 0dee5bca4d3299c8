/**
 * `npm start` / `npm run dev` / `npm run start:lambda`: the whole shop on one port. Builds the apps
 * (start mode; OpenNext's Lambda build in lambda mode), brings up each context with its database,
 * and puts the edge router in front, all from the route manifest.
 * Ctrl-C stops apps first, then databases, then the router.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { contexts, contextNames, edge } from '@tractor/contracts';
import { createEdgeRouter, defaultUpstreams, type Upstreams } from '@tractor/edge-router';
import { startContext, type RunningContext } from './context-runner';
import { say } from './log';
import { logFile } from './log-file';
import { isQuietAsset } from './pretty-line';
import { parseOptions, type LaunchOptions } from './options';
import { ProcessGroup } from './processes';
import { shopOriginFor } from './shop-origin';

const root = join(import.meta.dirname, '..', '..');

/** The router's own table, every port shifted by the offset that lets two shops share a machine. */
function upstreams(offset: number): Upstreams {
  const table = defaultUpstreams();
  for (const name of contextNames) {
    const url = new URL(table[name].origin);
    url.port = String(Number(url.port) + offset);
    table[name] = { origin: url.origin };
  }
  return table;
}

const targets = { start: 'build', lambda: 'build-lambda', dev: 'build-elements' } as const;

function build(options: LaunchOptions, group: ProcessGroup): Promise<void> {
  if (options.skipBuild) return Promise.resolve();
  const target = targets[options.mode];
  const purpose = { start: 'production', lambda: 'AWS Lambda (OpenNext)', dev: 'development (elements only)' }[options.mode];
  say('shop', `building ${options.only.join(', ')} for ${purpose} (cached builds are reused) …`);
  const nx = join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
  return group.run('build', process.execPath, [nx, 'run-many', '-t', target, '-p', options.only.join(','), '--outputStyle=static'], { cwd: root });
}

async function main() {
  const options = parseOptions(process.argv.slice(2), root);
  const started = Date.now();
  const group = new ProcessGroup();
  const routerLog = logFile(options.dataDir, 'router');
  const router = createEdgeRouter({
    upstreams: upstreams(options.portOffset),
    publicOrigin: shopOriginFor(options.portOffset),
    log: (line) => {
      routerLog(line);
      if (!isQuietAsset(line)) say('router', line);
    },
  });
  const running: RunningContext[] = [];

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('shop', 'stopping …');
    await group.stop(running.map((r) => r.app));
    await group.stopAll();
    await router.close().catch(() => undefined);
    say('shop', 'stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    say('shop', `starting The Tractor Store (${options.mode}) with ${options.only.join(', ')}; data in ${options.dataDir}`);
    if (options.fresh) await rm(options.dataDir, { recursive: true, force: true });
    const built = build(options, group);
    built.catch(() => undefined);
    await Promise.all(
      options.only.map(async (name) => {
        running.push(await startContext(name, options, group, root, built));
        say(name, `ready on http://127.0.0.1:${contexts[name].port + options.portOffset}`);
      }),
    );
    // The router opens last, so the first page a shopper (or a test) sees is served, not a 502.
    const port = edge.port + options.portOffset;
    await router.listen(port);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say('shop', `✔ The Tractor Store is ready at http://localhost:${port} (${seconds} s) — Ctrl-C to stop`);
  } catch (error) {
    say('shop', `✖ ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

await main();

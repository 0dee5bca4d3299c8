/**
 * Benchmark (prints numbers, asserts nothing): the cold start of each context's OpenNext server
 * function in a fresh process, as the lambda host runs it. For each context and run: a throwaway
 * database on TEST_DATABASE_URL's server (migrated and seeded), a new host process, then one page
 * request (cold: loading the handler plus the first render) and the same request again (warm).
 * Fragment includes point at a closed port, so they fail at once and the numbers are the
 * handler's own. Needs `nx run-many -t build-lambda` first.
 *
 *   npm run bench:cold-start -- [runs=3]
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contexts, contextNames, href, type ContextName } from '@tractor/contracts';
import { createDatabase, dropDatabase, withDatabase } from '@tractor/db-runtime';
import { databaseVariables } from '@tractor/runtime-config';
import { testServerUrl } from '@tractor/db-runtime/testing';
import { lambdaHostBundle } from '@tractor/launcher/lambda-host-bundle';
import { percentile } from './stats';

const root = join(import.meta.dirname, '..', '..');
const runs = Number(process.argv[2] ?? 3);
const server = testServerUrl();
// A typical page per context; any other context is measured on its mount.
const pages: Partial<Record<ContextName, string>> = { explore: href.explore.products(), decide: href.decide.product('CL-01'), checkout: href.checkout.cart() };
const pageOf = (context: ContextName) => pages[context] ?? contexts[context].mount;

async function measure(context: ContextName, bundle: string, url: string) {
  const env = { ...process.env, [databaseVariables(context).url]: url, FRAGMENTS_ORIGIN: 'http://127.0.0.1:9', NODE_ENV: 'production' };
  const started = performance.now();
  const host = spawn(process.execPath, [bundle, context, '0', root], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    host.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /on (http:\/\/\S+)/.exec(output);
      if (ready?.[1]) resolve(ready[1]);
    });
    host.once('exit', () => reject(new Error(`${context}: the host exited`)));
  });
  const ready = performance.now() - started;
  const time = async () => {
    const t = performance.now();
    const response = await fetch(`${origin}${pageOf(context)}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${context} ${pageOf(context)}: ${response.status}`);
    return performance.now() - t;
  };
  const cold = await time();
  const warm = await time();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const loaded = Number(/handler loaded in (\d+) ms/.exec(output)?.[1]);
  host.kill();
  return { ready, loaded, cold, warm };
}

const bundle = await lambdaHostBundle(mkdtempSync(join(tmpdir(), 'cold-start-')));
console.log(`cold start of each server function in a fresh process, median of ${runs} (ms)`);
console.log(`${'context'.padEnd(10)}${'page'.padEnd(16)}${['process ready', 'handler load', 'cold request', 'warm request'].map((h) => h.padStart(14)).join('')}`);
for (const context of contextNames) {
  const url = withDatabase(server, `t_cold_${context}_${randomBytes(4).toString('hex')}`);
  await createDatabase(url);
  try {
    const dir = join(root, contexts[context].directory);
    const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    spawnSync(process.execPath, [tsx, join(dir, 'prisma', 'setup.ts')], { cwd: dir, env: { ...process.env, [databaseVariables(context).url]: url }, stdio: 'ignore' });
    const samples: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < runs; run++) samples.push(await measure(context, bundle, url));
    const column = (key: keyof (typeof samples)[number]) => percentile(samples.map((s) => s[key]).sort((a, b) => a - b), 50).toFixed(0).padStart(14);
    console.log(`${context.padEnd(10)}${pageOf(context).padEnd(16)}${column('ready')}${column('loaded')}${column('cold')}${column('warm')}`);
  } finally {
    await dropDatabase(url);
  }
}

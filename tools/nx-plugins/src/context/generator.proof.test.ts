/**
 * The generator's proof, on a throwaway copy of the workspace (`proof-workspace.ts`): a context
 * generated there passes its own lint, typecheck and unit tests, builds for AWS Lambda, passes its
 * journeys through the edge router beside the other contexts (each on its Lambda handler, as
 * deployed), is all `nx affected` names for a change inside it, and gets a route, a database,
 * a dashboard and alarms in the infrastructure plan. Only the new context's tasks run; the other
 * contexts' builds and SST's platform come from the workspace, which `nx e2e nx-plugins` builds first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextNames } from '@tractor/contracts';
import { createDatabase, dropDatabase, withDatabase } from '@tractor/db-runtime';
import { testServerUrl } from '@tractor/db-runtime/testing';
import { databaseVariables } from '@tractor/runtime-config';
import { copyWorkspace } from './proof-workspace';

const source = join(import.meta.dirname, '..', '..', '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'tractor-proof-'));
const name = 'inspire';
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
const timings: Record<string, number> = {};

function run(step: string, command: string, args: string[], extra: Record<string, string> = {}): string {
  const started = Date.now();
  try {
    return execFileSync(command, args, { cwd: copy, env: { ...env, ...extra }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${step} failed\n${String(stdout ?? '').slice(-6000)}\n${String(stderr ?? '').slice(-6000)}`, { cause: error });
  } finally {
    timings[step] = (Date.now() - started) / 1000;
  }
}
const bin = (path: string) => join(copy, 'node_modules', path);
const nx = (step: string, ...args: string[]) => run(step, process.execPath, [bin('nx/dist/bin/nx.js'), ...args, '--outputStyle=static']);

/** Every context's database on the test server, so the journeys need no embedded database. */
const databases = Object.fromEntries([...contextNames, name].map((context) => [databaseVariables(context).url, withDatabase(testServerUrl(), `t_proof_${context}_${process.pid}`)]));

beforeAll(async () => {
  const started = Date.now();
  copyWorkspace(source, copy);
  timings['copy'] = (Date.now() - started) / 1000;
  nx('generate', 'g', '@tractor/nx-plugins:context', name, '--mount', `/${name}`, '--no-interactive');
  for (const url of Object.values(databases)) await createDatabase(url);
}, 300_000);

afterAll(async () => {
  for (const url of Object.values(databases)) await dropDatabase(url);
  console.log(`proof timings (s): ${JSON.stringify(timings)}`);
  if (process.env['PROOF_KEEP']) console.log(`kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
});

describe(`a generated context (${name})`, () => {
  it('passes its lint, typecheck and unit tests against a real database', () => {
    nx('checks', 'run-many', '-t', 'lint', 'typecheck', 'test', '-p', name, `${name}-e2e`, '--exclude-task-dependencies');
  }, 600_000);

  it('builds for AWS Lambda (its `next build`, packed by OpenNext)', () => {
    nx('build', 'run', `${name}:build-lambda`);
    expect(existsSync(join(copy, 'apps', name, '.next', 'BUILD_ID'))).toBe(true);
    expect(existsSync(join(copy, 'apps', name, '.open-next', 'server-functions', 'default', 'index.mjs'))).toBe(true);
  }, 600_000);

  it('passes its journeys through the edge router, beside the other contexts', () => {
    run('e2e', process.execPath, [bin('@playwright/test/cli.js'), 'test', '-c', join(copy, 'apps', `${name}-e2e`, 'playwright.config.ts')], {
      ...databases,
      E2E_MODE: 'lambda',
      E2E_PORT_BASE: process.env['E2E_PORT_BASE'] ?? '0',
    });
  }, 600_000);

  it('is all nx affected names for a change inside it', () => {
    const affected = JSON.parse(nx('affected', 'show', 'projects', '--affected', `--files=apps/${name}/src/app/page.tsx`, '--json')) as string[];
    expect(affected.sort()).toEqual([name, `${name}-e2e`]);
  }, 120_000);

  it('gets a route on the shared router, a database, a dashboard and alarms of its own in the infrastructure plan', () => {
    // The plan checks every context of the manifest, which now names this one.
    run('plan', process.execPath, [bin('vitest/vitest.mjs'), 'run', '--config', 'tools/infra/vitest.plan.config.mts']);
  }, 600_000);
});

/**
 * The generator's proof, on a throwaway copy of the workspace: a new context generated there
 * passes its own lint, typecheck, unit tests, build and journeys; `nx affected` for a file in it
 * names only it and its suites; and the infrastructure plan routes it and gives it a database.
 * Slow (it builds and starts a shop): `nx run nx-plugins:proof`, run by CI.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const source = join(import.meta.dirname, '..', '..', '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'tractor-proof-'));
const name = 'inspire';
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
const timings: Record<string, number> = {};

function run(step: string, command: string, args: string[], extra: Record<string, string> = {}): string {
  const started = Date.now();
  try {
    return execFileSync(command, args, { cwd: copy, env: { ...env, ...extra }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } finally {
    timings[step] = (Date.now() - started) / 1000;
  }
}
const nx = (step: string, ...args: string[]) => run(step, process.execPath, [join(copy, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), ...args]);

/**
 * Installed packages are shared with the source workspace, but the workspace's own packages
 * (`@tractor/*`) point into the copy, so the copy's manifest and libraries are the ones in use.
 */
function linkNodeModules() {
  const modules = join(copy, 'node_modules');
  mkdirSync(join(modules, '@tractor'), { recursive: true });
  for (const entry of readdirSync(join(source, 'node_modules'))) {
    if (entry !== '@tractor') symlinkSync(join(source, 'node_modules', entry), join(modules, entry));
  }
  for (const pkg of readdirSync(join(source, 'node_modules', '@tractor'))) {
    const target = realpathSync(join(source, 'node_modules', '@tractor', pkg));
    symlinkSync(join(copy, relative(source, target)), join(modules, '@tractor', pkg));
  }
}

/** What git tracks and what it would track, as the working tree has it; node_modules and builds are shared. */
function copyWorkspace() {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: source, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(source, file))) continue;
    cpSync(join(source, file), join(copy, file), { recursive: false });
  }
  linkNodeModules();
  // The other contexts run in the journeys exactly as they are built here.
  for (const app of ['explore', 'decide', 'checkout']) {
    for (const built of ['.next', 'prisma/generated', '.elements', 'public']) {
      const from = join(source, 'apps', app, built);
      const to = join(copy, 'apps', app, built);
      if (existsSync(from) && !existsSync(to)) symlinkSync(from, to);
      else if (existsSync(from)) cpSync(from, to, { recursive: true });
    }
  }
  if (existsSync(join(source, '.sst'))) symlinkSync(join(source, '.sst'), join(copy, '.sst'));
  execFileSync('git', ['init', '-q'], { cwd: copy });
  execFileSync('git', ['add', '-A'], { cwd: copy });
  execFileSync('git', ['-c', 'user.name=proof', '-c', 'user.email=proof@localhost', 'commit', '-qm', 'base'], { cwd: copy });
}

beforeAll(() => {
  copyWorkspace();
  nx('generate', 'g', '@tractor/nx-plugins:context', name, '--mount', `/${name}`, '--no-interactive');
}, 300_000);

afterAll(() => {
  console.log(`proof timings (s): ${JSON.stringify(timings)}`);
  if (process.env['PROOF_KEEP']) console.log(`kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
});

describe(`a generated context (${name})`, () => {
  it('passes its lint, typecheck and unit tests against a real database', () => {
    nx('checks', 'run-many', '-t', 'lint', 'typecheck', 'test', '-p', name, `${name}-e2e`, '--outputStyle=static');
  }, 600_000);

  it('builds', () => {
    nx('build', 'run', `${name}:build`, '--outputStyle=static');
    expect(existsSync(join(copy, 'apps', name, '.next', 'BUILD_ID'))).toBe(true);
  }, 600_000);

  it('passes its journeys through the edge router, beside the other contexts', () => {
    const suite = join(copy, 'apps', `${name}-e2e`);
    run('e2e', process.execPath, [join(copy, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', join(suite, 'playwright.config.ts')], {
      E2E_PORT_BASE: process.env['E2E_PORT_BASE'] ?? '0',
    });
  }, 900_000);

  it('is all nx affected names for a change inside it, besides the cross-context checks', () => {
    const affected = JSON.parse(nx('affected', 'show', 'projects', '--affected', `--files=apps/${name}/src/app/page.tsx`, '--json')) as string[];
    expect(affected).toContain(name);
    expect(affected).toContain(`${name}-e2e`);
    expect(affected.filter((project) => ['explore', 'decide', 'checkout', 'explore-e2e', 'decide-e2e', 'checkout-e2e'].includes(project))).toEqual([]);
  }, 120_000);

  it('gets a route on the shared router and a database of its own in the infrastructure plan', () => {
    if (!existsSync(join(copy, '.sst', 'platform'))) nx('sst-install', 'run', 'infra:sst-install');
    for (const app of ['explore', 'decide', 'checkout', name]) nx(`build-lambda ${app}`, 'run', `${app}:build-lambda`, '--outputStyle=static');
    // The plan test checks every context of the manifest: its route, basePath and database.
    nx('plan', 'run', 'infra:infra-plan', '--outputStyle=static');
  }, 1_800_000);
});

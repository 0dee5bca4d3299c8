/**
 * `sst install` the way this repository runs it: no Pulumi download (SST_SKIP_DEPENDENCY_CHECK), npm
 * instead of Bun, SST's config and temporary files inside the ignored `.sst/`, no telemetry. It
 * writes `.sst/platform` (SST's components, Pulumi and the AWS provider, ~300 MB) and is skipped
 * while the installed platform matches the `sst` version and `sst.config.ts`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const sstDir = join(root, '.sst');
const stampFile = join(sstDir, 'platform', '.installed-for');

/** The environment every offline `sst` command here runs with. */
export function sstEnvironment(stage = process.env['SST_STAGE'] ?? 'ci'): Record<string, string> {
  return {
    SST_SKIP_DEPENDENCY_CHECK: 'true',
    SST_NO_BUN: '1',
    SST_STAGE: stage,
    SST_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    XDG_CONFIG_HOME: join(sstDir, 'xdg'),
    TMPDIR: join(sstDir, 'tmp'),
  };
}

function stamp(): string {
  const sst = JSON.parse(readFileSync(join(root, 'node_modules', 'sst', 'package.json'), 'utf8')) as { version: string };
  return createHash('sha256').update(sst.version).update(readFileSync(join(root, 'sst.config.ts'))).digest('hex');
}

function install(): number {
  const wanted = stamp();
  const installed = existsSync(stampFile) && existsSync(join(sstDir, 'platform', 'node_modules', '@pulumi', 'pulumi'));
  if (installed && readFileSync(stampFile, 'utf8') === wanted) {
    console.log('SST platform is up to date (.sst/platform)');
    return 0;
  }
  for (const dir of ['xdg', 'tmp']) mkdirSync(join(sstDir, dir), { recursive: true });
  const started = Date.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'sst'), ['install'], { cwd: root, env: { ...process.env, ...sstEnvironment() }, stdio: 'inherit' });
  if (result.status !== 0) return result.status ?? 1;
  writeFileSync(stampFile, wanted);
  console.log(`SST platform installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (process.argv[1] === import.meta.filename) process.exitCode = install();

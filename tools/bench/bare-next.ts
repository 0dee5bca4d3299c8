/**
 * The yardstick for `bench:weight`: the bare Next.js app in `bare-next/` (same next and react as the
 * shop, no configuration, one page with one next/link), built once and served on a free port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const appDir = join(import.meta.dirname, 'bare-next');
const nextBin = join(import.meta.dirname, '..', '..', 'node_modules', 'next', 'dist', 'bin', 'next');

export interface BareNext {
  readonly origin: string;
  stop(): void;
}

export function buildBareNext(force = false): void {
  if (!force && existsSync(join(appDir, '.next', 'BUILD_ID'))) return;
  process.stdout.write('building the bare Next.js page …\n');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: appDir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`building ${appDir} failed (${build.status})`);
}

export function startBareNext(port: number): Promise<BareNext> {
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const stop = () => void child.kill('SIGTERM');
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (/ready/i.test(line)) resolve({ origin: `http://127.0.0.1:${port}`, stop });
    });
    child.once('exit', (code) => reject(new Error(`the bare Next.js page exited (${code}) before it was ready`)));
  });
}

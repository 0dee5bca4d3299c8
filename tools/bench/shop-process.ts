/** Starts a whole shop (production builds, fresh embedded databases) for a benchmark, and stops it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(import.meta.dirname, '..', '..');

export interface Shop {
  origin: string;
  stop(): Promise<void>;
}

/** `repoRoot`: another checkout of the shop (its apps built), to measure old code beside new. */
export function startShop(offset: number, env: Record<string, string> = {}, repoRoot = root): Promise<Shop> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tools/launcher/main.ts', 'start', '--skip-build', '--fresh', '--port-offset', String(offset), '--data-dir', `.tmp/bench-${offset}`],
    { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    const recent: string[] = [];
    lines.on('line', (line) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      const ready = /ready at (http:\/\/\S+)/.exec(line);
      if (ready?.[1]) resolve({ origin: ready[1], stop });
    });
    child.once('exit', (code) => reject(new Error(`shop exited (${code}) before it was ready:\n${recent.join('\n')}`)));
  });
}

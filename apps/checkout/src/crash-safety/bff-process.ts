/**
 * Starts checkout's BFF (`bff-server.ts`) in a child process of its own, as a test's stand-in for
 * the checkout app, and kills it the way a crash does: SIGKILL, no clean-up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const checkoutDir = join(import.meta.dirname, '..', '..');

export interface BffProcess {
  origin: string;
  kill(): Promise<void>;
}

export async function startBff({ databaseUrl, port = 0, secret, pool }: { databaseUrl: string; port?: number; secret: string; pool: number }): Promise<BffProcess> {
  // tsx as a loader, not its CLI: the CLI runs the script in a second process a kill would miss.
  // The react-server condition is how Next loads route handlers (server-only modules allow it).
  const child: ChildProcess = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'src/crash-safety/bff-server.ts'], {
    cwd: checkoutDir,
    env: { ...process.env, PORT: String(port), CHECKOUT_DATABASE_URL: databaseUrl, CHECKOUT_COOKIE_SECRET: secret, CHECKOUT_DATABASE_POOL_MAX: String(pool), NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const listening = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the BFF exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const ready = /ready (\d+)/.exec(String(chunk));
      if (ready) resolve(Number(ready[1]));
    });
  });
  return {
    origin: `http://127.0.0.1:${listening}`,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

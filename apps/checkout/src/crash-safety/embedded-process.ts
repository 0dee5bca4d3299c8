/**
 * The launcher's embedded PostgreSQL (`tools/launcher/embedded-database.ts`, PGlite over the wire
 * protocol) in a child process, exactly as `npm start` runs it, so a test can SIGKILL it and open
 * the same data directory again.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');

export interface EmbeddedProcess {
  url: string;
  kill(): Promise<void>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  return typeof address === 'object' && address ? address.port : 0;
}

export async function startEmbedded(dataDir: string, port: number): Promise<EmbeddedProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/launcher/embedded-database.ts', dataDir, String(port)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the embedded database exited with ${code} before it was ready`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const ready = /ready (\S+)/.exec(String(chunk));
      if (ready?.[1]) resolve(ready[1]);
    });
  });
  return {
    url,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

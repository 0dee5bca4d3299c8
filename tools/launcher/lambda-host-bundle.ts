/**
 * The lambda host runs as plain `node`, not through a TypeScript loader that would also hook every
 * module of the server function (and skew its cold start): it is bundled once per launch.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

let bundled: Promise<string> | undefined;

export function lambdaHostBundle(dataDir: string): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(dataDir, 'lambda-host.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'lambda-host.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    return outfile;
  })();
  return bundled;
}

/**
 * Stands in for the `sst` CLI's RPC server during a plan: components ask it for the bootstrap
 * bucket and to build each function. Builds are recorded (handler, bundle, links), not run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { PlannedBuild } from './plan-result';

interface RpcRequest {
  method: string;
  params: [Record<string, unknown>];
}

const bootstrap = {
  asset: 'sst-asset-plan',
  assetEcrRegistryId: '123456789012',
  assetEcrUrl: '123456789012.dkr.ecr.us-east-1.amazonaws.com/sst-asset',
  state: 'sst-state-plan',
  appsyncHttp: 'plan.appsync-api.us-east-1.amazonaws.com',
  appsyncRealtime: 'plan.appsync-realtime-api.us-east-1.amazonaws.com',
};

/** A stand-in function bundle: the plan zips what a build returns, and real bundles are large. */
function placeholderBundle(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.mjs'), 'export const handler = async () => ({ statusCode: 200 });\n');
  return dir;
}

function answer(method: string, args: Record<string, unknown>, builds: PlannedBuild[], outDir: string): unknown {
  switch (method) {
    case 'Provider.Aws.Bootstrap':
      return bootstrap;
    case 'Runtime.Build': {
      const build: PlannedBuild = {
        functionID: String(args['functionID']),
        handler: typeof args['handler'] === 'string' ? args['handler'] : undefined,
        bundle: typeof args['bundle'] === 'string' ? args['bundle'] : undefined,
        links: (args['links'] ?? {}) as Record<string, unknown>,
      };
      builds.push(build);
      return { handler: build.handler ?? 'index.handler', out: placeholderBundle(outDir), errors: [], sourcemaps: [] };
    }
    default:
      throw new Error(`rpc: can't find method ${method}`);
  }
}

export async function startFakeCli(outDir = join(process.cwd(), '.plan-bundle')) {
  const builds: PlannedBuild[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const request = JSON.parse(body) as RpcRequest;
      try {
        res.end(JSON.stringify({ result: answer(request.method, request.params[0], builds, outDir) }));
      } catch (error) {
        res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    builds,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

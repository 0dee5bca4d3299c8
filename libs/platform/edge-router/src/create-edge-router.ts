import { Agent, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from './access-log';
import { createRequestHandler } from './proxy-request';
import { createUpgradeHandler } from './proxy-upgrade';
import { defaultUpstreams, resolveUpstreams, type Upstreams } from './upstreams';

export interface EdgeRouterOptions {
  /** Where each context answers; defaults to the manifest ports on 127.0.0.1. */
  readonly upstreams?: Upstreams;
  /** One line per request; defaults to stdout. */
  readonly log?: Logger;
  /** How long an upstream may take to accept a TCP connection before the edge answers 502. */
  readonly connectTimeoutMs?: number;
}

export interface EdgeRouter {
  readonly server: Server;
  listen(port: number, host?: string): Promise<AddressInfo>;
  close(): Promise<void>;
}

/** One origin for all contexts: each request goes to the context whose manifest mount owns its path. */
export function createEdgeRouter(options: EdgeRouterOptions = {}): EdgeRouter {
  const targets = resolveUpstreams(options.upstreams ?? defaultUpstreams());
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  // The router's own pool, so close() can drop its upstream connections without touching others.
  const agent = new Agent({ keepAlive: true });
  const tunnels = new Set<Duplex>();

  const server = createServer(createRequestHandler({ targets, agent, log, connectTimeoutMs }));
  server.on('upgrade', createUpgradeHandler({ targets, log, connectTimeoutMs, tunnels }));

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          if (address === null || typeof address === 'string') reject(new Error('edge router is not on a TCP port'));
          else resolve(address);
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
        for (const socket of tunnels) socket.destroy();
        agent.destroy();
      }),
  };
}

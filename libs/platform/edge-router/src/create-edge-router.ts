import { Agent, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { createProxyServer } from 'http-proxy-3';
import { contextNames, type ContextName } from '@tractor/contracts';
import type { Logger } from './access-log';
import { createClientErrorHandler } from './client-error';
import { InFlightLimit } from './in-flight-limit';
import { defaultLimits, type RouterLimits } from './limits';
import { createRequestHandler } from './proxy-request';
import { createUpgradeHandler } from './proxy-upgrade';
import { parsePublicOrigin } from './public-origin';
import { defaultUpstreams, resolveUpstreams, type Upstreams } from './upstreams';

export interface EdgeRouterOptions {
  /** Where each context answers; defaults to the manifest ports on 127.0.0.1. */
  readonly upstreams?: Upstreams;
  /** One line per request; defaults to stdout. */
  readonly log?: Logger;
  /**
   * The shop's origin as shoppers reach it (`https://shop.example.com`). Contexts learn it from
   * `X-Forwarded-Host`/`-Proto`, whatever a client sends; defaults to `http://localhost:<port>`.
   */
  readonly publicOrigin?: string;
  /** Served over HTTPS for good: adds HSTS and `upgrade-insecure-requests`. */
  readonly production?: boolean;
  /** Caps, timeouts and the per-context in-flight limit; unset ones keep their defaults. */
  readonly limits?: Partial<RouterLimits>;
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
  const limits: RouterLimits = { ...defaultLimits, ...options.limits };
  const headers = { production: options.production ?? false };
  const configuredOrigin = options.publicOrigin === undefined ? undefined : parsePublicOrigin(options.publicOrigin);
  // The router's own pool, so close() can drop its upstream connections without touching others.
  // Idle connections go before the contexts' keep-alive timeout closes them (see `limits.ts`).
  const agent = new Agent({ keepAlive: true, timeout: limits.upstreamIdleMs });
  const proxy = createProxyServer({ xfwd: false });
  const tunnels = new Set<Duplex>();
  const busy = new WeakSet<Socket>();
  const inFlight = Object.fromEntries(
    contextNames.map((name) => [
      name,
      new InFlightLimit({
        max: limits.maxInFlight,
        min: Math.min(limits.minInFlight, limits.maxInFlight),
        maxQueued: limits.maxQueued,
        waitMs: limits.queueWaitMs,
        latencyTargetMs: limits.latencyTargetMs,
      }),
    ]),
  ) as Record<ContextName, InFlightLimit>;

  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    // A backstop behind the router's own body timeout, which answers with a page.
    requestTimeout: limits.headersTimeoutMs + limits.bodyTimeoutMs + 5_000,
    // Node checks both timeouts on this interval (30 s by default): trickled headers were cut after 90 s.
    connectionsCheckingInterval: 1_000,
  });
  const publicOrigin = () => configuredOrigin ?? new URL(`http://localhost:${(server.address() as AddressInfo | null)?.port ?? 80}`);
  const common = { proxy, targets, publicOrigin, headers, log };
  const handle = createRequestHandler({ ...common, agent, inFlight, limits });
  const track = (req: IncomingMessage, res: ServerResponse) => {
    busy.add(req.socket);
    res.on('close', () => busy.delete(req.socket));
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => (track(req, res), handle(req, res)));
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => (track(req, res), handle(req, res, true)));
  server.on('upgrade', createUpgradeHandler({ ...common, connectTimeoutMs: limits.connectTimeoutMs, tunnels }));
  server.on('clientError', createClientErrorHandler(headers, busy));

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

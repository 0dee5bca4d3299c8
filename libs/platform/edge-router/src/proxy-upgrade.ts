/**
 * Tunnels an `Upgrade` request (Next's HMR WebSocket) to its context through `http-proxy-3`, with
 * the edge's forwarding headers on the way in and its `X-Context`/`X-Request-Id` on the `101`.
 */
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ProxyServer } from 'http-proxy-3';
import { matchContext, type ContextName } from '@tractor/contracts';
import { formatAccessLog, type Logger } from './access-log';
import { guardConnect } from './connect-timeout';
import { edgeAnswer } from './edge-page';
import { errorCode, statusFor } from './edge-errors';
import type { EdgeHeaderOptions } from './edge-headers';
import { forwardHeaders } from './forwarded-headers';
import { requestId } from './request-id';
import { requestPath } from './request-path';
import { requestTraceId } from './trace-context';
import { writeEdgeAnswer } from './send-edge-answer';
import type { UpstreamTarget } from './upstreams';

export interface UpgradeOptions {
  readonly proxy: ProxyServer;
  readonly targets: Record<ContextName, UpstreamTarget>;
  readonly connectTimeoutMs: number;
  readonly publicOrigin: () => URL;
  readonly headers: EdgeHeaderOptions;
  readonly log: Logger;
  /** Open client sockets; node stops tracking a connection once it is upgraded, so the router does. */
  readonly tunnels: Set<Duplex>;
}

interface Tunnel {
  readonly context: ContextName;
  readonly id: string;
  log(status: number, note?: string): void;
}

export function createUpgradeHandler(options: UpgradeOptions) {
  const tunnelsByRequest = new WeakMap<IncomingMessage, Tunnel>();

  options.proxy.on('proxyReqWs', (upstream: ClientRequest, req: IncomingMessage) => {
    const tunnel = tunnelsByRequest.get(req);
    if (!tunnel) return;
    upstream.on('socket', (socket: Socket) => guardConnect(socket, options.connectTimeoutMs, (error) => upstream.destroy(error)));
    // Runs before the library writes the 101 from these headers.
    upstream.prependListener('upgrade', (upstreamRes: IncomingMessage) => {
      upstreamRes.headers['x-context'] = tunnel.context;
      upstreamRes.headers['x-request-id'] = tunnel.id;
      tunnel.log(101);
    });
  });

  return function proxyUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const started = performance.now();
    const id = requestId(req.headers['x-request-id']);
    const { pathname, forward } = requestPath(req.url);
    const context = matchContext(pathname);
    const target = options.targets[context];
    let logged = false;
    const tunnel: Tunnel = {
      context,
      id,
      log: (status, note) => {
        if (logged) return;
        logged = true;
        const ms = performance.now() - started;
        options.log(formatAccessLog({ method: req.method ?? 'GET', path: forward, status, context, ms, requestId: id, traceId: requestTraceId(req), note }));
      },
    };
    tunnelsByRequest.set(req, tunnel);
    options.tunnels.add(socket);
    socket.on('close', () => {
      options.tunnels.delete(socket);
      tunnel.log(0, 'client-aborted');
    });

    req.url = forward;
    forwardHeaders(req, id, options.publicOrigin(), true);
    options.proxy.ws(req, socket, head, { target: { protocol: 'http:', host: target.hostname, port: target.port } }, (error) => {
      const status = statusFor(error);
      tunnel.log(status, errorCode(error));
      if (socket.writable) writeEdgeAnswer(socket, edgeAnswer(status, { context, id, accept: req.headers.accept }), options.headers);
    });
  };
}

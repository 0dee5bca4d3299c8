import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { matchContext, type ContextName } from '@tractor/contracts';
import { formatAccessLog, type Logger } from './access-log';
import { errorCode, guardConnect } from './connect-timeout';
import { badGatewayHead, serializeRequestHead, withEdgeHeaders } from './raw-http-head';
import { readResponseHead } from './read-response-head';
import { requestId } from './request-id';
import { requestTraceId } from './trace-context';
import { requestPath } from './request-path';
import { upstreamHeaders } from './upstream-headers';
import type { UpstreamTarget } from './upstreams';

export interface UpgradeOptions {
  readonly targets: Record<ContextName, UpstreamTarget>;
  readonly log: Logger;
  readonly connectTimeoutMs: number;
  /** Open client sockets; node stops tracking a connection once it is upgraded, so the router does. */
  readonly tunnels: Set<Duplex>;
}

/**
 * Tunnels an `Upgrade` request (Next's HMR WebSocket) to its context: replays the request head
 * on a fresh TCP connection, adds the edge headers to the response head, then pipes both ways.
 */
export function createUpgradeHandler(options: UpgradeOptions) {
  return function proxyUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const started = performance.now();
    const id = requestId(req.headers['x-request-id']);
    const { pathname, forward } = requestPath(req.url);
    const context = matchContext(pathname);
    const target = options.targets[context];
    let responded = false;
    let logged = false;
    const log = (status: number, note?: string) => {
      if (logged) return;
      logged = true;
      const ms = performance.now() - started;
      const method = req.method ?? 'GET';
      options.log(formatAccessLog({ method, path: forward, status, context, ms, requestId: id, traceId: requestTraceId(req), note }));
    };

    options.tunnels.add(socket);
    const upstream = connect({ host: target.hostname, port: target.port, noDelay: true });
    guardConnect(upstream, options.connectTimeoutMs, (error) => upstream.destroy(error));

    upstream.once('connect', () => {
      upstream.write(serializeRequestHead(req.method ?? 'GET', forward, upstreamHeaders(req, id, true)));
      if (head.length > 0) upstream.write(head);
      socket.pipe(upstream);
      readResponseHead(
        upstream,
        (responseHead, rest) => {
          const edited = withEdgeHeaders(responseHead, context, id);
          responded = true;
          log(edited.status);
          socket.write(edited.head);
          if (rest.length > 0) socket.write(rest);
          upstream.pipe(socket);
        },
        (error) => upstream.destroy(error),
      );
    });

    upstream.on('error', (error) => {
      if (responded) {
        socket.destroy();
        return;
      }
      responded = true;
      log(502, errorCode(error));
      // end() flushes the 502 before closing, so the client learns why.
      socket.end(badGatewayHead(context, id));
    });
    socket.on('error', () => {
      socket.destroy();
      upstream.destroy();
    });
    // end() lets the upstream's last frames (a WebSocket close) flush to the client; a client
    // that has gone has nothing left to receive, so its upstream is dropped outright.
    upstream.on('close', () => socket.end());
    socket.on('close', () => {
      options.tunnels.delete(socket);
      log(0, 'client-aborted');
      upstream.destroy();
    });
  };
}

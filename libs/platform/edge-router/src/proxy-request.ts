import { request, type Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import { matchContext, type ContextName } from '@tractor/contracts';
import { formatAccessLog, type Logger } from './access-log';
import { sendBadGateway } from './bad-gateway';
import { errorCode, guardConnect } from './connect-timeout';
import { withoutHeaders, withoutHopByHop } from './raw-headers';
import { requestId } from './request-id';
import { requestTraceId } from './trace-context';
import { requestPath } from './request-path';
import { upstreamHeaders } from './upstream-headers';
import type { UpstreamTarget } from './upstreams';

export interface ProxyOptions {
  readonly targets: Record<ContextName, UpstreamTarget>;
  readonly agent: Agent;
  readonly log: Logger;
  readonly connectTimeoutMs: number;
}

/** Headers the edge sets itself; an upstream's own copies are replaced. */
const EDGE_HEADERS = new Set(['x-context', 'x-request-id']);

/**
 * Forwards one request to the context that owns its path. Both bodies are piped, never buffered,
 * so uploads and streamed HTML flow through chunk by chunk; redirects and errors pass untouched.
 */
export function createRequestHandler(options: ProxyOptions) {
  return function proxyRequest(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const id = requestId(req.headers['x-request-id']);
    const { pathname, forward } = requestPath(req.url);
    const context = matchContext(pathname);
    const target = options.targets[context];
    let note: string | undefined;

    const upstream = request({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: forward,
      headers: upstreamHeaders(req, id),
      agent: options.agent,
      // The client's Host is already in the headers and must reach Next unchanged.
      setHost: false,
    });

    upstream.on('socket', (socket) => guardConnect(socket, options.connectTimeoutMs, (e) => upstream.destroy(e)));

    upstream.on('response', (upstreamRes) => {
      const headers = withoutHeaders(withoutHopByHop(upstreamRes.rawHeaders), EDGE_HEADERS);
      headers.push('X-Context', context, 'X-Request-Id', id);
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, headers);
      upstreamRes.pipe(res);
      // A response cut off upstream must reach the client cut off too, not as a clean end.
      upstreamRes.on('error', () => res.destroy());
      upstreamRes.on('close', () => {
        if (upstreamRes.complete) return;
        note ??= 'upstream-aborted';
        res.destroy();
      });
    });

    upstream.on('error', (error) => {
      note ??= errorCode(error);
      // Stop feeding a dead upstream but keep reading, so the client's connection can be reused.
      req.unpipe(upstream);
      req.resume();
      if (res.headersSent || res.destroyed) res.destroy();
      else sendBadGateway(req, res, context, id);
    });

    req.on('error', () => upstream.destroy());
    res.on('error', () => upstream.destroy());
    res.on('close', () => {
      if (!res.writableFinished) {
        note ??= 'client-aborted';
        upstream.destroy();
      }
      const ms = performance.now() - started;
      const method = req.method ?? 'GET';
      const status = res.headersSent ? res.statusCode : 0;
      options.log(formatAccessLog({ method, path: forward, status, context, ms, requestId: id, traceId: requestTraceId(req), note }));
    });

    req.pipe(upstream);
  };
}

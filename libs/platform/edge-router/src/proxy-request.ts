/**
 * Forwards one request to the context that owns its path, through `http-proxy-3`. Both bodies are
 * piped, never buffered, so uploads and streamed HTML flow through chunk by chunk; redirects,
 * statuses and every `Set-Cookie` pass untouched. Around the library the edge adds what a shop's
 * front door needs: its forwarding headers, a per-context in-flight limit, a body cap, timeouts,
 * one retry of a safe request whose kept-alive connection the context had just closed, and its own
 * branded answer (408, 413, 502, 503, 504) when the context cannot give one.
 */
import type { Agent, ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyServer } from 'http-proxy-3';
import { matchContext, type ContextName } from '@tractor/contracts';
import { formatAccessLog, type Logger } from './access-log';
import { bodyLimit, declaredTooLarge } from './body-limit';
import { guardConnect } from './connect-timeout';
import { BodyTimeoutError, BodyTooLargeError, OverloadedError, UpstreamTimeoutError } from './edge-errors';
import type { EdgeHeaderOptions } from './edge-headers';
import { Exchange } from './exchange';
import { forwardHeaders } from './forwarded-headers';
import type { InFlightLimit, Release } from './in-flight-limit';
import type { RouterLimits } from './limits';
import { requestId } from './request-id';
import { requestPath } from './request-path';
import { requestTraceId } from './trace-context';
import { editResponseHeaders } from './response-headers';
import { isRetryable } from './retry-policy';
import type { UpstreamTarget } from './upstreams';

export interface ProxyOptions {
  readonly proxy: ProxyServer;
  readonly agent: Agent;
  readonly targets: Record<ContextName, UpstreamTarget>;
  readonly inFlight: Record<ContextName, InFlightLimit>;
  readonly limits: RouterLimits;
  readonly publicOrigin: () => URL;
  readonly headers: EdgeHeaderOptions;
  readonly log: Logger;
}

const hasBody = (req: IncomingMessage) =>
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0') || req.headers['transfer-encoding'] !== undefined;

export function createRequestHandler(options: ProxyOptions) {
  const { proxy, limits } = options;
  const exchanges = new WeakMap<IncomingMessage, Exchange>();

  proxy.on('proxyReq', (upstream: ClientRequest, req: IncomingMessage) => {
    const exchange = exchanges.get(req);
    if (!exchange) return;
    exchange.attach(upstream);
    if (upstream.socket) guardConnect(upstream.socket, limits.connectTimeoutMs, (error) => upstream.destroy(error));
  });

  proxy.on('proxyRes', (upstreamRes: IncomingMessage, req: IncomingMessage, res: ServerResponse) => {
    const exchange = exchanges.get(req);
    if (!exchange) return;
    exchange.clearTimers();
    editResponseHeaders(upstreamRes.headers, exchange.context, exchange.id, options.headers);
    // A response cut off upstream must reach the client cut off too, not as a clean end.
    upstreamRes.on('error', () => res.destroy());
    upstreamRes.on('close', () => {
      if (upstreamRes.complete) return;
      exchange.note ??= 'upstream-aborted';
      res.destroy();
    });
  });

  function send(exchange: Exchange, withBody: boolean): void {
    const { req, res, context } = exchange;
    const target = options.targets[context];
    exchange.deadline(limits.upstreamTimeoutMs, () => new UpstreamTimeoutError(limits.upstreamTimeoutMs));
    const body = withBody ? req.pipe(bodyLimit(limits.maxBodyBytes, (error) => exchange.fail(error))) : undefined;
    const proxyOptions = {
      target: { protocol: 'http:', host: target.hostname, port: target.port },
      agent: options.agent,
      buffer: body,
      preserveHeaderKeyCase: true,
    };
    proxy.web(req, res, proxyOptions, (error) => {
      if (!isRetryable(error, exchange, withBody)) return exchange.answer(error);
      exchange.retried = true;
      exchange.note = 'retried';
      exchange.upstream = undefined;
      exchange.clearTimers();
      send(exchange, false);
    });
  }

  /** `expectsContinue`: the client waits for `100 Continue` before sending its body. */
  return function proxyRequest(req: IncomingMessage, res: ServerResponse, expectsContinue = false): void {
    const started = performance.now();
    const id = requestId(req.headers['x-request-id']);
    const { pathname, forward } = requestPath(req.url);
    const context = matchContext(pathname);
    const exchange = new Exchange(req, res, context, id, options.headers);
    exchanges.set(req, exchange);
    const withBody = hasBody(req);
    let release: Release | undefined;

    res.on('close', () => {
      release?.();
      exchange.clearTimers();
      if (!res.writableFinished) {
        exchange.note ??= 'client-aborted';
        exchange.upstream?.destroy();
      }
      const ms = performance.now() - started;
      const status = res.headersSent ? res.statusCode : 0;
      options.log(formatAccessLog({ method: req.method ?? 'GET', path: forward, status, context, ms, requestId: id, traceId: requestTraceId(req), note: exchange.note }));
    });

    if (declaredTooLarge(req.headers['content-length'], limits.maxBodyBytes)) return exchange.answer(new BodyTooLargeError(limits.maxBodyBytes));
    if (withBody) {
      const cancel = exchange.deadline(limits.bodyTimeoutMs, () => new BodyTimeoutError(limits.bodyTimeoutMs));
      req.once('end', cancel);
    }

    void options.inFlight[context].acquire().then((granted) => {
      if (res.destroyed || res.headersSent) return granted?.();
      if (!granted) return exchange.answer(new OverloadedError());
      release = granted;
      req.url = forward;
      forwardHeaders(req, id, options.publicOrigin());
      if (expectsContinue) res.writeContinue();
      send(exchange, withBody);
    });
  };
}

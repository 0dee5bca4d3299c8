/**
 * Per-request telemetry for a context's Node server: every request runs in a request scope (ids,
 * Server-Timing entries), its response head gains a `Server-Timing` header naming each include
 * with its duration and outcome plus the render up to the head, and one JSON line is logged when
 * it ends. Next.js owns the HTTP server and offers no response hook for pages, so the hook sits
 * where every request enters: `http.Server`'s `request` event (OpenTelemetry's own HTTP
 * instrumentation wraps the same method). On AWS Lambda no HTTP server receives the requests:
 * OpenNext's handler does, wrapped by `withLambdaRequestTelemetry`, and this hook stays off.
 */
import { Server, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Logger } from './logger';
import { beginRequest, isStaticAsset, logRequest, serverTimingFor, type ObservedRequest } from './request-observation';

const installed = Symbol.for('tractor.request-telemetry');

export interface RequestTelemetryOptions {
  readonly context: string;
  readonly log: Logger;
  /** Requests not worth a log line, e.g. static assets. */
  readonly quiet?: (path: string) => boolean;
  readonly env?: NodeJS.ProcessEnv;
}

export function installRequestTelemetry(options: RequestTelemetryOptions): void {
  if ((options.env ?? process.env).AWS_LAMBDA_FUNCTION_NAME) return;
  const proto = Server.prototype as Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function emitWithTelemetry(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const request = beginRequest(header, options.context, req.method ?? 'GET', req.url ?? '/');
    observe(req, res, request, options);
    return request.run(() => emit.call(this, event, ...args));
  };
}

function observe(req: IncomingMessage, res: ServerResponse, { scope, span, traceId }: ObservedRequest, options: RequestTelemetryOptions): void {
  const started = performance.now();
  // Read now: Next rewrites `req.url` (without its basePath) while it handles the request.
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithTiming(this: ServerResponse, ...args: unknown[]) {
    const value = serverTimingFor(scope, started);
    // Headers given to writeHead itself win over setHeader; add ours to whichever form is used.
    const headers = args.find((arg): arg is OutgoingHttpHeaders | unknown[] => typeof arg === 'object' && arg !== null);
    if (Array.isArray(headers)) headers.push('Server-Timing', value);
    else if (headers) headers['server-timing'] = [headers['server-timing'], value].filter(Boolean).join(', ');
    else if (!res.headersSent) res.appendHeader('Server-Timing', value);
    return writeHead.apply(this, args as Parameters<typeof writeHead>);
  } as typeof res.writeHead;

  res.once('close', () => {
    const status = res.headersSent ? res.statusCode : 0;
    // Ended a turn later: Next reports the route it matched on the span just after the response closes.
    setImmediate(() => span.end(status));
    if ((options.quiet ?? isStaticAsset)(path)) return;
    logRequest(options.log, { method: req.method, route: path, status, ms: performance.now() - started, requestId: scope.requestId, ...(traceId ? { traceId } : {}) });
  });
}

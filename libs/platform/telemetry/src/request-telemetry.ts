/**
 * Per-request telemetry for a context's Node server: every request runs in a request scope (ids,
 * Server-Timing entries), its response head gains a `Server-Timing` header naming each include
 * with its duration and outcome plus the render up to the head, and one JSON line is logged when
 * it ends. Next.js owns the HTTP server and offers no response hook for pages, so the hook sits
 * where every request enters: `http.Server`'s `request` event (OpenTelemetry's own HTTP
 * instrumentation wraps the same method).
 */
import { Server, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { trace } from '@opentelemetry/api';
import type { Logger } from './logger';
import type { RequestScope } from './request-scope';
import { withRequestScope } from './request-scope-store';
import { formatServerTiming } from './server-timing';
import { traceIdOf } from './trace-ids';

const safeRequestId = /^[A-Za-z0-9._-]{1,200}$/;
const installed = Symbol.for('tractor.request-telemetry');

export interface RequestTelemetryOptions {
  readonly context: string;
  readonly log: Logger;
  /** Requests not worth a log line, e.g. static assets. */
  readonly quiet?: (path: string) => boolean;
}

const staticAsset = (path: string) => /\/_next\/(static|image)\//.test(path) || /\/favicon\.ico$/.test(path);

export function installRequestTelemetry(options: RequestTelemetryOptions): void {
  const proto = Server.prototype as Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function emitWithTelemetry(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const scope = scopeFor(req, options.context);
    observe(req, res, scope, options);
    return withRequestScope(scope, () => emit.call(this, event, ...args));
  };
}

function scopeFor(req: IncomingMessage, context: string): RequestScope {
  const id = req.headers['x-request-id'];
  const traceId = traceIdOf(typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined);
  return { context, requestId: typeof id === 'string' && safeRequestId.test(id) ? id : crypto.randomUUID(), ...(traceId ? { traceId } : {}), timings: [] };
}

function observe(req: IncomingMessage, res: ServerResponse, scope: RequestScope, options: RequestTelemetryOptions): void {
  const started = performance.now();
  // Read now: Next rewrites `req.url` (without its basePath) while it handles the request.
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  let traceId = scope.traceId;
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithTiming(this: ServerResponse, ...args: unknown[]) {
    traceId ??= trace.getActiveSpan()?.spanContext().traceId;
    const render = { name: 'render', ms: performance.now() - started, description: `${scope.context} until first byte` };
    const value = formatServerTiming([...scope.timings, render]);
    // Headers given to writeHead itself win over setHeader; add ours to whichever form is used.
    const headers = args.find((arg): arg is OutgoingHttpHeaders | unknown[] => typeof arg === 'object' && arg !== null);
    if (Array.isArray(headers)) headers.push('Server-Timing', value);
    else if (headers) headers['server-timing'] = [headers['server-timing'], value].filter(Boolean).join(', ');
    else if (!res.headersSent) res.appendHeader('Server-Timing', value);
    return writeHead.apply(this, args as Parameters<typeof writeHead>);
  } as typeof res.writeHead;

  res.once('close', () => {
    if ((options.quiet ?? staticAsset)(path)) return;
    const status = res.headersSent ? res.statusCode : 0;
    const fields = { method: req.method, route: path, status, ms: Math.round(performance.now() - started), requestId: scope.requestId, ...(traceId ? { traceId } : {}) };
    if (status >= 500 || status === 0) options.log.warn('request', fields);
    else options.log.info('request', fields);
  });
}

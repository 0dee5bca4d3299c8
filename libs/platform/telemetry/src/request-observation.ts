/**
 * What a context's server notes about every request, wherever requests enter it (Node's HTTP
 * server locally, OpenNext's handler on AWS Lambda): the request scope built from its headers, the
 * `Server-Timing` value for its answer, and its one log line.
 */
import type { Logger } from './logger';
import type { RequestScope } from './request-scope';
import { withRequestScope } from './request-scope-store';
import { startServerSpan, type ServerSpan } from './server-span';
import { formatServerTiming } from './server-timing';
import { traceIdOf } from './trace-ids';

const safeRequestId = /^[A-Za-z0-9._-]{1,200}$/;

/** `header` returns a request header's value by its lower-case name. */
export function requestScopeFor(header: (name: string) => string | undefined, context: string): RequestScope {
  const id = header('x-request-id');
  const traceId = traceIdOf(header('traceparent'));
  return { context, requestId: id !== undefined && safeRequestId.test(id) ? id : crypto.randomUUID(), ...(traceId ? { traceId } : {}), timings: [] };
}

/** One request as both entry points see it: its scope, its span, and the trace its log line names. */
export interface ObservedRequest {
  readonly scope: RequestScope;
  readonly span: ServerSpan;
  readonly traceId: string | undefined;
  /** Runs the request's handling inside its scope, with its span as the parent of every span it makes. */
  run<T>(handle: () => T): T;
}

/** `target`: path and query as the request arrived. */
export function beginRequest(header: (name: string) => string | undefined, context: string, method: string, target: string): ObservedRequest {
  const scope = requestScopeFor(header, context);
  const span = startServerSpan({ method, target, requestId: scope.requestId, header });
  return { scope, span, traceId: span.traceId ?? scope.traceId, run: (handle) => withRequestScope(scope, () => span.run(handle)) };
}

/** The scope's include entries and the render up to now, which began at `startedMs` (`performance.now()`). */
export function serverTimingFor(scope: RequestScope, startedMs: number): string {
  return formatServerTiming([...scope.timings, { name: 'render', ms: performance.now() - startedMs, description: `${scope.context} until first byte` }]);
}

/** Static files are not worth a log line. */
export const isStaticAsset = (path: string) => /\/_next\/(static|image)\//.test(path) || /\/favicon\.ico$/.test(path);

export interface RequestLine {
  readonly method: string | undefined;
  readonly route: string;
  /** 0 when no answer was sent. */
  readonly status: number;
  readonly ms: number;
  readonly requestId: string;
  readonly traceId?: string;
}

/** One line per request: a warning when it failed or was never answered. */
export function logRequest(log: Logger, line: RequestLine): void {
  const fields = { ...line, ms: Math.round(line.ms) };
  if (line.status >= 500 || line.status === 0) log.warn('request', fields);
  else log.info('request', fields);
}

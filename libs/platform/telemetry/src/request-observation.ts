/**
 * What a context's server notes about every request, wherever requests enter it (Node's HTTP
 * server locally, OpenNext's handler on AWS Lambda): the request scope built from its headers, the
 * `Server-Timing` value for its answer, and its one log line.
 */
import type { Logger } from './logger';
import type { RequestScope } from './request-scope';
import { formatServerTiming } from './server-timing';
import { traceIdOf } from './trace-ids';

const safeRequestId = /^[A-Za-z0-9._-]{1,200}$/;

/** `header` returns a request header's value by its lower-case name. */
export function requestScopeFor(header: (name: string) => string | undefined, context: string): RequestScope {
  const id = header('x-request-id');
  const traceId = traceIdOf(header('traceparent'));
  return { context, requestId: id !== undefined && safeRequestId.test(id) ? id : crypto.randomUUID(), ...(traceId ? { traceId } : {}), timings: [] };
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

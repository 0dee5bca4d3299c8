import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { traceIdOf } from '@tractor/telemetry';

const started = new WeakMap<IncomingMessage, string>();

/**
 * The W3C `traceparent` a request travels with from the edge on: the client's when it sent a valid
 * one (a trace that started further out stays whole), else a new sampled trace, so every page view
 * is one trace across all the contexts it touches. Remembered per request, so the forwarded header
 * and the access log line name the same trace.
 */
export function traceParentOf(req: IncomingMessage): string {
  const known = started.get(req);
  if (known) return known;
  const incoming = req.headers.traceparent;
  const value = typeof incoming === 'string' && traceIdOf(incoming) ? incoming.trim() : newTraceParent();
  started.set(req, value);
  return value;
}

/** The trace id of the request's `traceparent`, for its access log line. */
export function requestTraceId(req: IncomingMessage): string | undefined {
  return traceIdOf(traceParentOf(req));
}

export function newTraceParent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

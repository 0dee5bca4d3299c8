import { context, createContextKey } from '@opentelemetry/api';
import type { ServerTiming } from './server-timing';

/**
 * What one incoming request carries through its async work: its ids for log lines and the
 * Server-Timing entries its includes record. It travels in the OpenTelemetry context, so it
 * reaches every include and procedure the request starts, with or without a tracer installed.
 */
export interface RequestScope {
  readonly context: string;
  readonly requestId: string;
  /** From the incoming `traceparent`, so log lines carry the trace id even when tracing is off. */
  readonly traceId?: string;
  readonly timings: ServerTiming[];
}

const scopeKey = createContextKey('tractor.request-scope');

export function withRequestScope<T>(scope: RequestScope, run: () => T): T {
  return context.with(context.active().setValue(scopeKey, scope), run);
}

export function currentRequestScope(): RequestScope | undefined {
  return context.active().getValue(scopeKey) as RequestScope | undefined;
}

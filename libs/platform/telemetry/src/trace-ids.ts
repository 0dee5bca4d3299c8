import { isSpanContextValid, trace } from '@opentelemetry/api';
import { currentRequestScope } from './request-scope';

const traceparentPattern = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** The trace id of a W3C `traceparent` header (version 00), or undefined when it is missing or malformed. */
export function traceIdOf(traceparent: string | null | undefined): string | undefined {
  const match = traceparent ? traceparentPattern.exec(traceparent.trim()) : null;
  const traceId = match?.[1];
  if (!traceId || /^0+$/.test(traceId) || /^0+$/.test(match?.[2] ?? '0')) return undefined;
  return traceId;
}

/** The trace this code runs in: the active span's, else the one the request arrived with. */
export function currentTraceIds(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  if (span && isSpanContextValid(span)) return { traceId: span.traceId, spanId: span.spanId };
  const traceId = currentRequestScope()?.traceId;
  return traceId ? { traceId } : {};
}

import type { SpanRecord } from './trace-file';

const traceIdPattern = /^[0-9a-f]{32}$/;

/** Spans of page views: Next's request span for anything but fragments, assets and the BFF. */
function isPageRequest(span: SpanRecord): boolean {
  const target = String(span.attributes['http.target'] ?? '');
  return span.attributes['next.span_type'] === 'BaseServer.handleRequest' && !/\/(fragments|_next|api)\//.test(target);
}

/**
 * The spans of one trace, picked by a request id (the `x-request-id` every response carries), a
 * trace id, or `last`: the most recent page view.
 */
export function findTrace(spans: readonly SpanRecord[], which: string): SpanRecord[] {
  const traceId = which === 'last' ? lastPageView(spans) : traceIdPattern.test(which) ? which : spans.find((span) => span.attributes['tractor.request_id'] === which)?.traceId;
  return traceId ? spans.filter((span) => span.traceId === traceId) : [];
}

function lastPageView(spans: readonly SpanRecord[]): string | undefined {
  let last: SpanRecord | undefined;
  for (const span of spans) if (isPageRequest(span) && (!last || span.start > last.start)) last = span;
  return last?.traceId;
}

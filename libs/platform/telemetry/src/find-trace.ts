import type { SpanRecord } from './trace-file';

const traceIdPattern = /^[0-9a-f]{32}$/;

/** Spans of page views: a context's request span (`server-span.ts`) for anything but fragments, assets and the BFF. */
function isPageRequest(span: SpanRecord): boolean {
  const path = span.attributes['url.path'];
  return span.attributes['http.request.method'] !== undefined && typeof path === 'string' && !/\/(fragments|_next|api)\//.test(path);
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

import { context, propagation } from '@opentelemetry/api';
import { traceIdOf } from '@tractor/telemetry';

/** Headers passed through from the shopper's request when present: the owner may build absolute URLs from them. */
const passThrough = ['x-forwarded-host', 'x-forwarded-proto'] as const;

/**
 * Request headers of a server include. Only personal includes carry the shopper's cookie, request
 * id and `Sec-Purpose`: a public include's answer is kept for every shopper (`public-cache.ts`), so
 * nothing in its request may be the shopper's. The include's failure log still carries the id.
 * Every include carries the W3C trace context (the include's span as parent, or the page's incoming
 * `traceparent` when no tracer runs).
 * Includes ask for the HTML uncompressed: fetch would otherwise offer gzip, and the owner would spend
 * CPU compressing a few kilobytes that the includer spends more CPU unpacking a moment later.
 */
export function includeHeaders(request: Headers, personal: boolean, requestId: string): Headers {
  const headers = new Headers({ accept: 'text/html', 'accept-encoding': 'identity', 'x-fragment-include': '1' });
  for (const name of passThrough) {
    const value = request.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (personal) {
    headers.set('x-request-id', requestId);
    const cookie = request.get('cookie');
    if (cookie !== null) headers.set('cookie', cookie);
    // A page fetched ahead of a click: the owner must not treat the include as seen (one-time messages).
    const purpose = request.get('sec-purpose');
    if (purpose !== null) headers.set('sec-purpose', purpose);
  }
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
  const incoming = request.get('traceparent');
  if (!headers.has('traceparent') && traceIdOf(incoming) !== undefined) headers.set('traceparent', incoming ?? '');
  return headers;
}

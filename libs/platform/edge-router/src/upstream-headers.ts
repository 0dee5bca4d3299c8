import type { IncomingMessage } from 'node:http';
import { headerValues, withoutHeaders, withoutHopByHop, type RawHeaders } from './raw-headers';
import { traceParentOf } from './trace-context';

/**
 * Request headers as the context's server should see them. Host stays the public one so Next
 * builds absolute URLs and checks Server Action origins against the edge, not its own port.
 * For an upgrade the hop-by-hop pair `Connection`/`Upgrade` is re-added in its minimal form.
 */
export function upstreamHeaders(req: IncomingMessage, id: string, upgrade = false): RawHeaders {
  const raw = req.rawHeaders;
  const headers = withoutHeaders(
    withoutHopByHop(raw),
    new Set(['x-forwarded-host', 'x-forwarded-for', 'x-request-id', 'traceparent']),
  );

  const host = req.headers.host;
  if (host) headers.push('X-Forwarded-Host', host);
  if (headerValues(raw, 'x-forwarded-proto').length === 0) headers.push('X-Forwarded-Proto', 'http');
  const forwardedFor = [...headerValues(raw, 'x-forwarded-for'), req.socket.remoteAddress ?? 'unknown'];
  headers.push('X-Forwarded-For', forwardedFor.join(', '));
  headers.push('X-Request-Id', id);
  headers.push('traceparent', traceParentOf(req));

  if (upgrade && req.headers.upgrade) headers.push('Connection', 'Upgrade', 'Upgrade', req.headers.upgrade);
  return headers;
}

import type { IncomingMessage } from 'node:http';
import { dropHeaders } from './hop-by-hop';
import { forwardedHost } from './public-origin';
import { traceParentOf } from './trace-context';

/**
 * Headers only the edge (or CloudFront in front of it) may set: a client's copies are dropped, so
 * no shopper can claim another host, HTTPS over plain HTTP, another address, or a CSP nonce. The
 * edge answers `Expect: 100-continue` itself, once it has decided to take the body.
 */
const edgeOwned = /^(x-forwarded-.*|forwarded|x-real-ip|cloudfront-forwarded-proto|x-request-id|traceparent|x-nonce|content-security-policy|expect)$/;

/**
 * Rewrites the request's headers as the context should see them, in place (the proxy library
 * sends `req.headers`). Host stays as the client sent it; the forwarded headers carry the public
 * origin. An upgrade keeps its `Connection: Upgrade` / `Upgrade` pair in minimal form.
 */
export function forwardHeaders(req: IncomingMessage, id: string, origin: URL, upgrade = false): void {
  const headers = req.headers;
  const upgradeTo = headers.upgrade;
  // Read before the client's copy is dropped: a valid incoming trace is continued.
  const traceparent = traceParentOf(req);
  dropHeaders(headers, (name) => edgeOwned.test(name));
  headers['x-forwarded-host'] = forwardedHost(origin, headers.host);
  headers['x-forwarded-proto'] = origin.protocol.slice(0, -1);
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? 'unknown';
  headers['x-request-id'] = id;
  headers.traceparent = traceparent;
  if (upgrade && upgradeTo) {
    headers.connection = 'Upgrade';
    headers.upgrade = upgradeTo;
  }
}

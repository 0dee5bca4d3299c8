import type { IncomingHttpHeaders } from 'node:http';
import type { ContextName } from '@tractor/contracts';
import { withSecurityHeaders, type EdgeHeaderOptions } from './edge-headers';
import { dropHeaders } from './hop-by-hop';

/** Headers the edge sets itself; a context's own copies are replaced. */
const edgeOwned = new Set(['x-context', 'x-request-id']);

/**
 * A context's response headers as the client gets them, edited in place before the proxy copies
 * them: hop-by-hop ones dropped (node frames the body itself), the edge's marks and the security
 * policy added. A page's own CSP (with its nonce) is kept.
 */
export function editResponseHeaders(headers: IncomingHttpHeaders, context: ContextName, id: string, options: EdgeHeaderOptions): void {
  dropHeaders(headers, (name) => edgeOwned.has(name));
  headers['x-context'] = context;
  headers['x-request-id'] = id;
  withSecurityHeaders(headers, options);
}

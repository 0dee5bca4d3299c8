/**
 * Headers the edge puts on every response it sends, its own or a context's: the shop's security
 * policy (`@tractor/security-headers`), whose CSP a page may have set already with its nonce.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { contentSecurityPolicy, securityHeaders } from '@tractor/security-headers';

export interface EdgeHeaderOptions {
  readonly production: boolean;
}

/** Adds the policy to a header object (lower-case keys, as node's `IncomingMessage.headers`). */
export function withSecurityHeaders(headers: OutgoingHttpHeaders, options: EdgeHeaderOptions): OutgoingHttpHeaders {
  for (const [name, value] of Object.entries(securityHeaders(options))) headers[name.toLowerCase()] = value;
  headers['content-security-policy'] ??= contentSecurityPolicy({ production: options.production });
  return headers;
}

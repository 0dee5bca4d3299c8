import { randomUUID } from 'node:crypto';

const safe = /^[A-Za-z0-9._-]{1,200}$/;

/** The request id the edge set, or a new one when it is missing or not a safe token. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get('x-request-id');
  return incoming && safe.test(incoming) ? incoming : randomUUID();
}

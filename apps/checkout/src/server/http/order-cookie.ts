/**
 * `c_order` remembers, for an hour, which order this browser just placed, so the thanks page can
 * show it without putting the order id (and the shopper's name) in a URL that could be shared.
 */
import { basePath } from '@tractor/contracts';
import { readCookie, serializeCookie } from './cookies';
import { sign, unsign } from './signed-value';

export const orderCookie = 'c_order';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function orderIdFrom(headers: Headers, secret: string): string | null {
  const raw = readCookie(headers, orderCookie);
  const id = raw === null ? null : unsign(orderCookie, raw, secret);
  return id !== null && uuid.test(id) ? id : null;
}

export function orderCookieHeader(orderId: string, secret: string, secure: boolean): string {
  return serializeCookie(orderCookie, sign(orderCookie, orderId, secret), { maxAge: 60 * 60, path: basePath('checkout') || '/', secure });
}

/**
 * The `c_cart` cookie names the shopper's cart: its id, signed. A cookie that is missing, malformed,
 * signed with another key or tampered with reads as "no cart", so the shopper quietly starts a new
 * one and never sees anybody else's.
 */
import { readCookie, serializeCookie } from './cookies';
import { sign, unsign } from './signed-value';

export const cartCookie = 'c_cart';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const thirtyDays = 60 * 60 * 24 * 30;

export function cartIdFrom(headers: Headers, secret: string): string | null {
  const raw = readCookie(headers, cartCookie);
  const id = raw === null ? null : unsign(cartCookie, raw, secret);
  return id !== null && uuid.test(id) ? id : null;
}

/** Path `/`: the cookie must reach checkout's fragments when other teams' pages include them. */
export function cartCookieHeader(cartId: string, secret: string, secure: boolean): string {
  return serializeCookie(cartCookie, sign(cartCookie, cartId, secret), { maxAge: thirtyDays, secure });
}

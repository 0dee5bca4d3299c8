import { requestScope, type SliceContext } from '@tractor/slice/server';
import { db, type Db } from './db';
import { cartCookieHeader, cartIdFrom } from './http/cart-cookie';
import { isHttps } from './http/cookies';
import { cookieSecret } from './http/cookie-secret';
import { orderCookieHeader, orderIdFrom } from './http/order-cookie';

/** What procedures may remember in the shopper's browser; each writes a signed cookie. */
export interface CookieJar {
  startCart(cartId: string): void;
  rememberOrder(orderId: string): void;
}

export interface Context extends SliceContext {
  db: Db;
  /** The shopper's cart, from the signed `c_cart` cookie; null before the first item is added. */
  cartId: string | null;
  /** The order this browser placed last, from the signed `c_order` cookie (an hour long). */
  orderId: string | null;
  cookies: CookieJar;
}

const ignoreCookies: CookieJar = { startCart: () => undefined, rememberOrder: () => undefined };

/** The pure part of the context; tests build it with their own database and cookie jar. */
export function createContextInner(opts: { db: Db; cartId?: string | null; orderId?: string | null; cookies?: CookieJar } & Partial<SliceContext>): Context {
  return {
    ...requestScope('checkout'),
    ...opts,
    cartId: opts.cartId ?? null,
    orderId: opts.orderId ?? null,
    cookies: opts.cookies ?? ignoreCookies,
  };
}

/**
 * Adapts an incoming request. Cookies are written to `resHeaders` when there is a response to
 * write them to (the tRPC handler); server components cannot set cookies and get none.
 */
export async function createContext(headers: Headers, resHeaders?: Headers): Promise<Context> {
  const database = db();
  const secret = await cookieSecret(database);
  const secure = isHttps(headers);
  const set = (cookie: string) => resHeaders?.append('set-cookie', cookie);
  return createContextInner({
    db: database,
    cartId: cartIdFrom(headers, secret),
    orderId: orderIdFrom(headers, secret),
    ...requestScope('checkout', headers),
    cookies: {
      startCart: (cartId) => set(cartCookieHeader(cartId, secret, secure)),
      rememberOrder: (orderId) => set(orderCookieHeader(orderId, secret, secure)),
    },
  });
}

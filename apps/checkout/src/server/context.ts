import { createLogger, requestIdFrom, type Logger } from '@tractor/bff';
import { db, type Db } from '../db/client';
import { cartIdFrom } from './cart-cookie';

export interface Context {
  db: Db;
  log: Logger;
  /** The shopper's cart, from the `c_cart` cookie; null before the first item is added. */
  cartId: string | null;
}

/** The pure part of the context; tests build it with their own database. */
export function createContextInner(opts: { db: Db; cartId?: string | null; log?: Logger }): Context {
  return { db: opts.db, cartId: opts.cartId ?? null, log: opts.log ?? createLogger({ context: 'checkout' }) };
}

/** Adapts an incoming request (route handler or server component headers). */
export function createContext(headers: Headers): Context {
  return createContextInner({
    db: db(),
    cartId: cartIdFrom(headers),
    log: createLogger({ context: 'checkout', requestId: requestIdFrom(headers) }),
  });
}

import { edge } from '@tractor/contracts';

/**
 * The shop's public origin for one launch: SHOP_ORIGIN when set (a shop behind a proxy or tunnel),
 * else the router's own loopback URL. The router forwards it; the contexts build absolute URLs from it.
 */
export function shopOriginFor(portOffset: number): string {
  return process.env.SHOP_ORIGIN ?? `http://localhost:${edge.port + portOffset}`;
}

import { edge } from '@tractor/contracts';

/** SHOP_ORIGIN is set but is not a bare http(s) origin. */
export class ShopOriginError extends Error {
  override readonly name = 'ShopOriginError';
}

/**
 * The shop's public origin, for absolute URLs a page states (canonical links, social cards):
 * SHOP_ORIGIN, set by the launcher and by the stacks (the router's URL), else the local shop. Never
 * taken from a request's Host, which any client can choose.
 */
export function shopOrigin(env: Readonly<Record<string, string | undefined>> = process.env): URL {
  const configured = env['SHOP_ORIGIN'];
  if (!configured) return new URL(`http://localhost:${edge.port}`);
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new ShopOriginError(`SHOP_ORIGIN is not a URL: ${configured}`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search) {
    throw new ShopOriginError(`SHOP_ORIGIN must be a bare http(s) origin: ${configured}`);
  }
  return new URL(url.origin);
}

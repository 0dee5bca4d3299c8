import type { Html } from './html';

export interface FragmentResponseOptions {
  /** Depends on who is asking (cart, signed-in shopper): never stored by a shared or browser cache. */
  readonly personal: boolean;
  readonly status?: number;
}

/**
 * Personal fragments are never stored anywhere. `vary: cookie` is redundant for caches that honour
 * `no-store`, but costs nothing and keeps a misconfigured cache from serving one shopper's cart to
 * another.
 */
const personalHeaders = { 'cache-control': 'private, no-store', vary: 'cookie' };

/**
 * Public fragments are the same for everyone, so the CDN and every includer's cache (public-cache.ts) may keep them for
 * a few seconds and serve them stale while refreshing. They must not vary on cookie: that would
 * split the shared cache per shopper and make it useless.
 */
const publicHeaders = { 'cache-control': 'public, max-age=10, s-maxage=10, stale-while-revalidate=30' };

/**
 * The response of a fragment route handler. A fragment that includes a personal fragment (the
 * header with the mini cart) is itself personal.
 */
export function fragmentResponse(body: Html | string, { personal, status = 200 }: FragmentResponseOptions): Response {
  return new Response(body.toString(), {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // Fragments are reachable through the edge; they are parts of pages, not pages to index.
      'x-robots-tag': 'noindex',
      ...(personal ? personalHeaders : publicHeaders),
    },
  });
}

/**
 * How browsers may keep a context's HTML pages. Next marks dynamic pages `no-store`, which keeps
 * them out of the back/forward cache in most browsers. `private, no-cache` does the job as well:
 * no shared cache (CDN, proxy) stores the page, and the browser asks the server again before it
 * reuses it for a new navigation; Back and Forward may restore it from memory, where the page
 * refreshes its personal parts itself (see `onPageReturn`).
 */
export const documentCacheControl = 'private, no-cache';

/**
 * Next's `headers()` entries that apply it to page documents only: a browser navigating (or
 * prerendering) a page says `Sec-Fetch-Dest: document`; fragments, the BFF and React's own data
 * requests do not, and keep the headers their handlers set.
 */
export function documentHeaders() {
  return [
    {
      source: '/:path*',
      has: [{ type: 'header' as const, key: 'sec-fetch-dest', value: 'document' }],
      headers: [{ key: 'cache-control', value: documentCacheControl }],
    },
  ];
}

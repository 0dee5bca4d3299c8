/**
 * How browsers may keep a context's HTML pages. Next marks dynamic pages `no-store`, which keeps
 * them out of the back/forward cache in most browsers. `private, no-cache` does the job as well:
 * no shared cache (CDN, proxy) stores the page, and the browser asks the server again before it
 * reuses it for a new navigation; Back and Forward may restore it from memory, where the page
 * refreshes its personal parts itself (see `onPageReturn`).
 */
import { basePath, namespace, type ContextName } from './routes';

export const documentCacheControl = 'private, no-cache';

/** Route handlers that set their own caching (a fragment is `no-store` when personal). */
const ownCaching = ['api', 'fragments', 'images'];

/**
 * Next's `headers()` entry (paths inside the app's basePath) that applies it to the context's page
 * documents: what a browser navigates to or prerenders says `Sec-Fetch-Dest: document`; React's
 * data requests, fragment loads and includes do not. The context's API, fragments and images keep
 * the headers their handlers set, even when opened as a document.
 */
export function documentHeaders(context: ContextName) {
  const inside = namespace(context).slice(basePath(context).length + 1);
  const prefix = inside ? `${inside}/` : '';
  return [
    {
      source: `/:path((?!${prefix}(?:${ownCaching.join('|')})/).*)`,
      has: [{ type: 'header' as const, key: 'sec-fetch-dest', value: 'document' }],
      headers: [{ key: 'cache-control', value: documentCacheControl }],
    },
  ];
}

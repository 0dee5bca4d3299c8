import { basePath, contextNames, namespace } from '@tractor/contracts';

/**
 * Path prefixes, as a context sees them (without the basePath), that never lead to a page,
 * derived from the route manifest. A context whose namespace is its mount keeps its API and
 * fragments there beside its pages; the root context's namespace (`/explore`) sits apart from its
 * pages and holds none at all (API, fragments, pictures, icons).
 */
const notPagePrefixes = [
  '/_next/',
  ...new Set(
    contextNames.flatMap((context) => {
      const own = namespace(context).slice(basePath(context).length);
      return own ? [`${own}/`] : ['/api/', '/fragments/'];
    }),
  ),
];

/** A file name with an extension: an asset, never a page. */
const file = /\.[a-z0-9]+$/;

/** Whether a path (without the basePath) is a page: only pages carry a nonce. */
export function isPage(pathname: string): boolean {
  return !file.test(pathname) && !notPagePrefixes.some((prefix) => pathname.startsWith(prefix));
}

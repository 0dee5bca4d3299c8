/**
 * Typed cross-context links. A page links to another context only through these, so renaming or
 * moving a page is a compile error in every caller instead of a broken link in production.
 * Cross-context links are plain `<a>` elements: each is a full document navigation.
 */
import { basePath, namespace, type ContextName } from './routes';

function at(context: ContextName, path: string, query?: Record<string, string | undefined>): string {
  const base = basePath(context);
  const full = path === '/' ? base || '/' : `${base}${path}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${full}?${search}` : full;
}

const segment = (value: string) => encodeURIComponent(value);

export const href = {
  explore: {
    home: () => at('explore', '/'),
    products: (category?: string) => at('explore', category ? `/products/${segment(category)}` : '/products'),
    stores: () => at('explore', '/stores'),
    /** The shop's icon and web app manifest, drawn and served by explore for every page. */
    icon: () => `${namespace('explore')}/icon.svg`,
    manifest: () => `${namespace('explore')}/manifest.webmanifest`,
  },
  decide: {
    product: (id: string, sku?: string) => at('decide', `/${segment(id)}`, { sku }),
  },
  checkout: {
    cart: () => at('checkout', '/cart'),
    checkout: () => at('checkout', '/checkout'),
    thanks: () => at('checkout', '/thanks'),
  },
} as const;

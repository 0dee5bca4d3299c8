import { includeNested, nestedPlaceholder, type Html } from '@tractor/fragments';
import { renderHeader } from './header';

/**
 * The header as every includer gets it: the same for every shopper, so it is cached. The full
 * header keeps a place for checkout's mini cart (its placeholder, declared `nested` in the
 * contract), which the includer fills for its own shopper; the compact one has no mini cart.
 */
export function publicHeader({ compact = false } = {}): Html {
  return renderHeader({ miniCart: compact ? null : nestedPlaceholder('checkout/mini-cart') });
}

/** The header on explore's own pages: the public one with the mini cart filled for this shopper, as an includer would. */
export function headerFor(request: Headers): Promise<string> {
  return includeNested('explore/header', publicHeader().__html, { request });
}

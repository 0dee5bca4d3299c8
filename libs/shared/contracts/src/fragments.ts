/**
 * Every fragment one team serves for another team's pages: who owns it, its inputs, whether it
 * carries personal data (then it gets the shopper's cookies and is never cached or shared), and
 * which personal fragments a public one leaves a place for.
 */
import * as z from 'zod/mini';
import { skuListSchema, skuSchema } from './catalogue-ids';
import { fragmentElementName } from './fragment-element';
import type { ContextName } from './routes';

interface FragmentContract {
  readonly context: ContextName;
  readonly name: string;
  readonly personal: boolean;
  readonly query: z.ZodMiniType<Record<string, string | undefined>>;
  /**
   * Personal fragments (without inputs) this public one holds as their empty placeholders, so that
   * it stays the same for every shopper and can be cached: whoever includes it fills them in for
   * its own shopper, and the browser loader fills any left empty.
   */
  readonly nested?: readonly string[];
  /**
   * For a personal fragment, the cookies that make it personal. A request with none of them gets
   * what every such shopper gets (no basket: an empty mini cart), so for that request the includer
   * treats it as public: no cookie sent, and cached.
   */
  readonly personalCookies?: readonly string[];
}

export const fragments = {
  /** Logo, navigation and (unless compact) a place for the checkout mini cart, filled by the includer. */
  'explore/header': {
    context: 'explore',
    name: 'header',
    personal: false,
    nested: ['checkout/mini-cart'],
    query: z.object({ compact: z.optional(z.literal('1')) }),
  },
  'explore/footer': { context: 'explore', name: 'footer', personal: false, query: z.object({}) },
  /** Variants closest in colour to the given SKUs (comma separated). */
  'explore/recommendations': {
    context: 'explore',
    name: 'recommendations',
    personal: false,
    query: z.object({ skus: skuListSchema }),
  },
  'explore/store-picker': { context: 'explore', name: 'store-picker', personal: false, query: z.object({}) },
  /** The shopper's basket count; the same for every shopper without a basket (no `c_cart` cookie). */
  'checkout/mini-cart': { context: 'checkout', name: 'mini-cart', personal: true, personalCookies: ['c_cart'], query: z.object({}) },
  /**
   * Price, stock and the outcome of this shopper's last form post (`c_flash`). A shopper without a
   * basket or a pending message gets what every such shopper gets, cached like a public fragment, so
   * the stock they see may be a few seconds old; adding to the basket checks the stock itself.
   */
  'checkout/add-to-cart': {
    context: 'checkout',
    name: 'add-to-cart',
    personal: true,
    personalCookies: ['c_cart', 'c_flash'],
    query: z.object({ sku: skuSchema }),
  },
} as const satisfies Record<string, FragmentContract>;

export type FragmentId = keyof typeof fragments;

/**
 * Whether a fragment is personal for this request: a personal one is, unless its contract names
 * the cookies that make it personal and the request carries none of them.
 */
export function personalFor(id: FragmentId, cookieHeader: string | null): boolean {
  const contract: FragmentContract = fragments[id];
  if (!contract.personal) return false;
  if (!contract.personalCookies) return true;
  const sent = new Set((cookieHeader ?? '').split(';').map((pair) => pair.split('=', 1)[0]?.trim()));
  return contract.personalCookies.some((name) => sent.has(name));
}

/** The personal fragments a fragment holds places for (see `FragmentContract.nested`). */
export function nestedFragments(id: FragmentId): readonly FragmentId[] {
  const contract: FragmentContract = fragments[id];
  return (contract.nested ?? []) as readonly FragmentId[];
}
export type FragmentQuery<F extends FragmentId> = z.infer<(typeof fragments)[F]['query']>;

/** The custom element name of a declared fragment's root, e.g. `checkout-mini-cart`. */
export function fragmentElement(id: FragmentId): string {
  const { context, name } = fragments[id];
  return fragmentElementName(context, name);
}

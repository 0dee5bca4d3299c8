import { include } from '@tractor/fragments';

export interface ProductFragments {
  readonly addToCart: string;
  readonly recommendations: string;
}

/**
 * The other teams' parts of the product page for one SKU: checkout's add-to-cart and explore's
 * recommendations, fetched in parallel. Each falls back on its own to an empty placeholder that the
 * browser fills later, so a slow owner costs its fragment, never the page.
 */
export async function productFragments(sku: string, request: Headers): Promise<ProductFragments> {
  const [addToCart, recommendations] = await Promise.all([
    include('checkout/add-to-cart', { request, query: { sku } }),
    include('explore/recommendations', { request, query: { skus: sku } }),
  ]);
  return { addToCart: addToCart.html, recommendations: recommendations.html };
}

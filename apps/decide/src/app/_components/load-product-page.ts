import { headers } from 'next/headers';
import { cache } from 'react';
import { loadProduct } from './load-product';
import { productFragments } from './product-fragments';
import { skuOfProduct } from './product-params';

/**
 * Everything the product page shows, once per request: the product from decide's own database and
 * the fragments for the selected SKU. When the URL names one of this product's SKUs (the usual
 * case: every swatch links to one) the fragments start at once, in parallel with the database read;
 * only when the variant turns out to be another one are they fetched again for the right SKU.
 * Next renders the page alongside its layout, so this also overlaps explore's header and footer.
 */
export const loadProductPage = cache(async (id: string, sku: string | undefined) => {
  const request = await headers();
  const early = sku !== undefined && skuOfProduct(sku, id) ? productFragments(sku, request) : undefined;
  const product = await loadProduct(id, sku);
  const fragments = early && product.selected.sku === sku ? await early : await productFragments(product.selected.sku, request);
  return { product, ...fragments };
});

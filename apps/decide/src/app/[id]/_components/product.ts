import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/root';

/** A product as decide's BFF returns it: highlights, every variant and the one selected. */
export type Product = inferRouterOutputs<AppRouter>['product']['byId'];

/** The same product with another of its variants selected; an unknown SKU keeps the selection. */
export function withSelected(product: Product, sku: string): Product {
  const selected = product.variants.find((variant) => variant.sku === sku);
  return selected ? { ...product, selected } : product;
}

/** A variant's page inside decide (Next adds the basePath): what the swatches link to and switch to. */
export function variantPath(productId: string, sku: string): string {
  return `/${encodeURIComponent(productId)}?sku=${encodeURIComponent(sku)}`;
}

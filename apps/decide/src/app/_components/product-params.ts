/** The shape of a SKU in every context's data: product id plus a two-letter colour code (CL-01-GR). */
const skuPattern = /^[A-Z]{2}-\d{2}-[A-Z]{2}$/;

export interface ProductParams {
  readonly id: string;
  /** Only a well-formed SKU is passed on; anything else selects the product's first variant. */
  readonly sku: string | undefined;
}

/**
 * Reads the product page's route and query. The id goes to the BFF as it is (a malformed one is a
 * 404 there); a repeated, empty or malformed `sku` is not an error for a shopper, just no choice.
 */
export function productParams(id: string, sku: string | string[] | undefined): ProductParams {
  return { id, sku: typeof sku === 'string' && skuPattern.test(sku) ? sku : undefined };
}

/** True when the SKU names a variant of this product: SKUs start with their product's id. */
export function skuOfProduct(sku: string, id: string): boolean {
  return skuPattern.test(sku) && sku.startsWith(`${id}-`);
}

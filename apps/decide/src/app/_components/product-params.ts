import { isSku } from '@tractor/contracts';

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
  return { id, sku: typeof sku === 'string' && isSku(sku) ? sku : undefined };
}

/** True when the SKU names a variant of this product: SKUs start with their product's id. */
export function skuOfProduct(sku: string, id: string): boolean {
  return isSku(sku) && sku.startsWith(`${id}-`);
}

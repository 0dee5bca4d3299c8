import type { Db } from '../db';

/** A variant as checkout sells it (name, product, price, what is left in stock), or null for an unknown SKU. */
export function findVariant(db: Db, sku: string) {
  return db.variant.findUnique({ where: { sku }, select: { sku: true, productId: true, name: true, price: true, inventory: true } });
}

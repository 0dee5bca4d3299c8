/**
 * Adds a variant to the shopper's cart, starting a cart when there is none. A line never holds
 * more than is in stock: the check and the write are one statement, so two quick adds cannot
 * both slip past it, and a refused add leaves the cart exactly as it was.
 */
import type { Db } from '../../db/client';
import { outOfStock, stockLimit, unknownSku } from './checkout-error';
import type { AddToCartInput } from './inputs';

export interface AddedToCart {
  cartId: string;
  /** True when this add started a new cart, whose id the shopper's cookie must now carry. */
  started: boolean;
  name: string;
  /** How many of this variant the cart now holds. */
  lineQuantity: number;
}

export async function addToCart(db: Db, cartId: string | null, { sku, quantity }: AddToCartInput): Promise<AddedToCart> {
  const variant = await db.variant.findUnique({ where: { sku }, select: { name: true, inventory: true } });
  if (!variant) throw unknownSku(sku);
  if (variant.inventory < quantity) throw variant.inventory === 0 ? outOfStock(variant.name, sku) : stockLimit(variant.name, sku, variant.inventory);

  const existing = cartId ? await db.cart.findUnique({ where: { id: cartId }, select: { id: true } }) : null;
  const cart = existing ?? (await db.cart.create({ data: {}, select: { id: true } }));

  const rows = await db.$queryRaw<{ quantity: number }[]>`
    INSERT INTO "CartLine" ("cartId", "sku", "quantity")
    SELECT ${cart.id}::uuid, "sku", ${quantity}::int FROM "Variant" WHERE "sku" = ${sku} AND "inventory" >= ${quantity}::int
    ON CONFLICT ("cartId", "sku") DO UPDATE SET "quantity" = "CartLine"."quantity" + EXCLUDED."quantity"
      WHERE "CartLine"."quantity" + EXCLUDED."quantity" <= (SELECT "inventory" FROM "Variant" WHERE "sku" = EXCLUDED."sku")
    RETURNING "quantity"`;
  const [line] = rows;
  if (!line) {
    const now = await db.variant.findUniqueOrThrow({ where: { sku }, select: { inventory: true } });
    throw now.inventory === 0 ? outOfStock(variant.name, sku) : stockLimit(variant.name, sku, now.inventory);
  }
  await db.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date() }, select: { id: true } });
  return { cartId: cart.id, started: !existing, name: variant.name, lineQuantity: line.quantity };
}

/**
 * Sets how many of a variant the shopper's basket holds. Never more than is in stock: the check
 * and the write are one statement, so a refused change leaves the line exactly as it was. Only an
 * open basket changes (one that became an order takes no more changes), and only a line that is
 * there: setting a quantity never adds a tractor.
 */
import type { Db } from '../db';
import { notInCart, quantityRefused } from './checkout-error';
import type { SetQuantityInput } from './inputs';

export async function setQuantity(db: Db, cartId: string | null, { sku, quantity }: SetQuantityInput): Promise<void> {
  if (!cartId) throw notInCart(sku);
  const updated = await db.$executeRaw`
    UPDATE "CartLine" SET "quantity" = ${quantity}::int
    WHERE "cartId" = ${cartId}::uuid AND "sku" = ${sku}
      AND ${quantity}::int <= (SELECT "inventory" FROM "Variant" WHERE "sku" = ${sku})
      AND EXISTS (SELECT 1 FROM "Cart" WHERE "id" = ${cartId}::uuid AND "orderedAt" IS NULL)`;
  if (updated === 1) {
    await db.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() }, select: { id: true } });
    return;
  }
  const line = await db.cartLine.findFirst({
    where: { cartId, sku, cart: { orderedAt: null } },
    select: { variant: { select: { name: true, inventory: true } } },
  });
  if (!line) throw notInCart(sku);
  throw quantityRefused(line.variant.name, sku, line.variant.inventory);
}

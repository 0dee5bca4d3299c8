/**
 * Adding a tractor to the basket: the one use case behind the BFF mutation and the add-to-cart form
 * posted without JavaScript. Starts a cart (and its cookie) when there is none. A line never holds
 * more than is in stock: the check and the write are one statement, so two quick adds cannot both
 * slip past it, and a refused add leaves the cart exactly as it was. A refusal is an outcome, not an
 * error: the form route turns it into a note beside the tractor, the BFF into a CONFLICT.
 */
import type { Context } from '../context';
import { unknownSku } from './checkout-error';
import type { AddToCartInput } from './inputs';

interface Tractor {
  readonly sku: string;
  readonly productId: string;
  readonly name: string;
}

export interface Added extends Tractor {
  readonly outcome: 'added';
  /** How many of this variant the cart now holds. */
  readonly lineQuantity: number;
  /** How many tractors the whole basket now holds. */
  readonly basketQuantity: number;
}

export interface Refused extends Tractor {
  readonly outcome: 'refused';
  readonly reason: 'out-of-stock' | 'stock-limit';
  /** How many are in stock now: none, or no more than the basket already holds. */
  readonly inventory: number;
}

export type AddToCartResult = Added | Refused;

function refused(tractor: Tractor, inventory: number): Refused {
  return { outcome: 'refused', reason: inventory === 0 ? 'out-of-stock' : 'stock-limit', ...tractor, inventory };
}

/** Throws `unknown-sku` for a SKU checkout does not sell (bad input, nothing changed). */
export async function addToCart(ctx: Pick<Context, 'db' | 'cartId' | 'cookies'>, { sku, quantity }: AddToCartInput): Promise<AddToCartResult> {
  const { db } = ctx;
  const variant = await db.variant.findUnique({ where: { sku }, select: { sku: true, productId: true, name: true, inventory: true } });
  if (!variant) throw unknownSku(sku);
  const { inventory, ...tractor } = variant;
  if (inventory < quantity) return refused(tractor, inventory);

  // A cart that became an order takes no more lines: the shopper starts a new one.
  const existing = ctx.cartId ? await db.cart.findFirst({ where: { id: ctx.cartId, orderedAt: null }, select: { id: true } }) : null;
  const cart = existing ?? (await db.cart.create({ data: {}, select: { id: true } }));

  const rows = await db.$queryRaw<{ quantity: number }[]>`
    INSERT INTO "CartLine" ("cartId", "sku", "quantity")
    SELECT ${cart.id}::uuid, "sku", ${quantity}::int FROM "Variant" WHERE "sku" = ${sku} AND "inventory" >= ${quantity}::int
    ON CONFLICT ("cartId", "sku") DO UPDATE SET "quantity" = "CartLine"."quantity" + EXCLUDED."quantity"
      WHERE "CartLine"."quantity" + EXCLUDED."quantity" <= (SELECT "inventory" FROM "Variant" WHERE "sku" = EXCLUDED."sku")
    RETURNING "quantity"`;
  const [line] = rows;
  if (!line) {
    // A cart started for this add stays unreferenced (no cookie names it) and holds nothing.
    const now = await db.variant.findUniqueOrThrow({ where: { sku }, select: { inventory: true } });
    return refused(tractor, now.inventory);
  }
  await db.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date() }, select: { id: true } });
  if (!existing) ctx.cookies.startCart(cart.id);
  const basket = await db.cartLine.aggregate({ where: { cartId: cart.id }, _sum: { quantity: true } });
  return { outcome: 'added', ...tractor, lineQuantity: line.quantity, basketQuantity: basket._sum.quantity ?? line.quantity };
}

import type { Db } from '../db';

/** Takes a variant out of the cart. Removing what is not there changes nothing (a double click). */
export async function removeFromCart(db: Db, cartId: string | null, sku: string): Promise<void> {
  if (!cartId) return;
  await db.cartLine.deleteMany({ where: { cartId, sku } });
}

import { addToCart } from '../domain/add-to-cart';
import { addRefused } from '../domain/checkout-error';
import { addToCartInput, removeFromCartInput, setQuantityInput } from '../domain/inputs';
import { readCart } from '../domain/read-cart';
import { removeFromCart } from '../domain/remove-from-cart';
import { setQuantity } from '../domain/set-quantity';
import { publicProcedure, router } from '../trpc';

export const cartRouter = router({
  /** The shopper's basket with line totals; empty when there is no cart yet. */
  get: publicProcedure.query(({ ctx }) => readCart(ctx.db, ctx.cartId)),

  /** Adds a variant (refused beyond stock); answers with the basket's new item count. */
  add: publicProcedure.input(addToCartInput).mutation(async ({ ctx, input }) => {
    const result = await addToCart(ctx, input);
    if (result.outcome === 'refused') throw addRefused(result);
    return { sku: result.sku, name: result.name, lineQuantity: result.lineQuantity, quantity: result.basketQuantity };
  }),

  /** Removes a variant; answers with the basket as it is now. */
  remove: publicProcedure.input(removeFromCartInput).mutation(async ({ ctx, input }) => {
    await removeFromCart(ctx.db, ctx.cartId, input.sku);
    return readCart(ctx.db, ctx.cartId);
  }),

  /** Sets a line's quantity (refused beyond stock, nothing changed); answers with the basket as it is now. */
  setQuantity: publicProcedure.input(setQuantityInput).mutation(async ({ ctx, input }) => {
    await setQuantity(ctx.db, ctx.cartId, input);
    return readCart(ctx.db, ctx.cartId);
  }),
});

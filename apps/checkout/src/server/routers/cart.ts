import { addToCart } from '../domain/add-to-cart';
import { addToCartInput, removeFromCartInput } from '../domain/inputs';
import { readCart } from '../domain/read-cart';
import { removeFromCart } from '../domain/remove-from-cart';
import { publicProcedure, router } from '../trpc';

export const cartRouter = router({
  /** The shopper's basket with line totals; empty when there is no cart yet. */
  get: publicProcedure.query(({ ctx }) => readCart(ctx.db, ctx.cartId)),

  /** Adds a variant (refused beyond stock); answers with the basket's new item count. */
  add: publicProcedure.input(addToCartInput).mutation(async ({ ctx, input }) => {
    const added = await addToCart(ctx.db, ctx.cartId, input);
    if (added.started) ctx.cookies.startCart(added.cartId);
    const cart = await readCart(ctx.db, added.cartId);
    return { sku: input.sku, name: added.name, lineQuantity: added.lineQuantity, quantity: cart.quantity };
  }),

  /** Removes a variant; answers with the basket as it is now. */
  remove: publicProcedure.input(removeFromCartInput).mutation(async ({ ctx, input }) => {
    await removeFromCart(ctx.db, ctx.cartId, input.sku);
    return readCart(ctx.db, ctx.cartId);
  }),
});

import { placeOrderInput } from '../domain/inputs';
import { placeOrder } from '../domain/place-order';
import { readOrder } from '../domain/read-order';
import { publicProcedure, router } from '../trpc';

export const orderRouter = router({
  /** Places the cart as an order (idempotent by the form's key); the basket is empty afterwards. */
  place: publicProcedure.input(placeOrderInput).mutation(async ({ ctx, input }) => {
    const placed = await placeOrder(ctx.db, ctx.cartId, input);
    ctx.cookies.rememberOrder(placed.orderId);
    return placed;
  }),

  /** The order this browser just placed, for the thanks page; null when there is none. */
  latest: publicProcedure.query(({ ctx }) => (ctx.orderId ? readOrder(ctx.db, ctx.orderId) : null)),
});

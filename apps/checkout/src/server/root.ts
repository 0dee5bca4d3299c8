import { createCallerFactory, router } from './trpc';
import { cartRouter } from './routers/cart';
import { orderRouter } from './routers/order';

export const appRouter = router({
  cart: cartRouter,
  order: orderRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

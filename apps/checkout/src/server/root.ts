import { createCallerFactory, router } from './trpc';
import { cartRouter } from './routers/cart';
import { orderRouter } from './routers/order';
import { storeRouter } from './routers/store';

export const appRouter = router({
  cart: cartRouter,
  order: orderRouter,
  store: storeRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

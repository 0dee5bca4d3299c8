import { createCallerFactory, router } from './trpc';
import { cartRouter } from './routers/cart';

export const appRouter = router({
  cart: cartRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

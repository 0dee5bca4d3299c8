import { createCallerFactory, router } from './trpc';
import { productRouter } from './routers/product';

export const appRouter = router({
  product: productRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

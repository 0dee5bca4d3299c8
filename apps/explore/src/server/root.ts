import { createCallerFactory, router } from './trpc';
import { catalogRouter } from './routers/catalog';
import { storesRouter } from './routers/stores';

export const appRouter = router({
  catalog: catalogRouter,
  stores: storesRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

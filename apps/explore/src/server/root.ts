import { createCallerFactory, router } from './trpc';
import { catalogRouter } from './routers/catalog';
import { recommendationsRouter } from './routers/recommendations';
import { storesRouter } from './routers/stores';

export const appRouter = router({
  catalog: catalogRouter,
  recommendations: recommendationsRouter,
  stores: storesRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

import { publicProcedure, router } from '../trpc';

export const storesRouter = router({
  list: publicProcedure.query(({ ctx }) =>
    ctx.db.store.findMany({ select: { id: true, name: true, street: true, city: true }, orderBy: { position: 'asc' } }),
  ),
});

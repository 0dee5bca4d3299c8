import { listStores } from '../domain/list-stores';
import { publicProcedure, router } from '../trpc';

export const storeRouter = router({
  /** The stores an order may name for pick-up (checkout's own list; explore's picker may offer more). */
  list: publicProcedure.query(({ ctx }) => listStores(ctx.db)),
});

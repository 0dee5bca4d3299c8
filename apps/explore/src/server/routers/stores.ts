import { notFound } from '@tractor/bff';
import { z } from 'zod';
import type { Prisma } from '../db';
import { publicProcedure, router } from '../trpc';

const storeSelect = { id: true, name: true, street: true, city: true, position: true } satisfies Prisma.StoreSelect;

export const storesRouter = router({
  /** Every store, in the order the shop presents them. */
  list: publicProcedure.query(({ ctx }) => ctx.db.store.findMany({ select: storeSelect, orderBy: { position: 'asc' } })),

  byId: publicProcedure
    .input(z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a store id is lower-case letters, digits and dashes') }))
    .query(async ({ ctx, input }) => {
      const store = await ctx.db.store.findUnique({ where: { id: input.id }, select: storeSelect });
      if (!store) throw notFound(`There is no store "${input.id}".`);
      return store;
    }),
});

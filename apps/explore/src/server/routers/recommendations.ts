import { maxSkusPerList, skuSchema } from '@tractor/contracts';
import { z } from 'zod';
import { rankByColour } from '../domain/rank-by-colour';
import { publicProcedure, router } from '../trpc';
import { variantSelect, viewVariants } from '../domain/variant-view';

export const recommendationsRouter = router({
  /**
   * The four variants closest in colour to the given SKUs, closest first, never one of them.
   * Unknown SKUs are ignored; with none known there is nothing to recommend.
   */
  forSkus: publicProcedure.input(z.object({ skus: z.array(skuSchema).min(1).max(maxSkusPerList) })).query(async ({ ctx, input }) => {
    const candidates = await ctx.db.recommendableVariant.findMany({ select: variantSelect, orderBy: { sku: 'asc' } });
    return viewVariants(ctx.db, rankByColour(candidates, input.skus));
  }),
});

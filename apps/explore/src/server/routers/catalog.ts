import { notFound } from '@tractor/bff';
import { z } from 'zod';
import type { Prisma } from '../../db/generated/client';
import { publicProcedure, router } from '../trpc';

const teaserSelect = {
  id: true,
  name: true,
  startPrice: true,
  imageSku: true,
  red: true,
  green: true,
  blue: true,
} satisfies Prisma.ProductTeaserSelect;

const categoryKey = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a category key is lower-case letters, digits and dashes');

export const catalogRouter = router({
  /** Categories in display order, for filters and teasers. */
  categories: publicProcedure.query(({ ctx }) =>
    ctx.db.category.findMany({ select: { key: true, name: true }, orderBy: { position: 'asc' } }),
  ),

  /** The listing of one category, or of all machines: most expensive first. */
  products: publicProcedure.input(z.object({ category: categoryKey.optional() })).query(async ({ ctx, input }) => {
    const category = input.category
      ? await ctx.db.category.findUnique({ where: { key: input.category }, select: { key: true, name: true } })
      : null;
    if (input.category && !category) throw notFound(`There is no category "${input.category}".`);
    const products = await ctx.db.productTeaser.findMany({
      where: category ? { categoryKey: category.key } : {},
      select: teaserSelect,
      orderBy: [{ startPrice: 'desc' }, { id: 'asc' }],
    });
    return { category, products };
  }),
});

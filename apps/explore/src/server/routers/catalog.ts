import { notFound } from '@tractor/bff';
import { skuSchema } from '@tractor/contracts';
import { z } from 'zod';
import type { Prisma } from '../db';
import { publicProcedure, router } from '../trpc';
import { colourName, variantSelect, viewVariants } from '../domain/variant-view';

const teaserSelect = { id: true, name: true, startPrice: true, imageSku: true } satisfies Prisma.ProductTeaserSelect;

const categoryKey = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a category key is lower-case letters, digits and dashes');

export const catalogRouter = router({
  /** Categories in display order, for filters and teasers. */
  categories: publicProcedure.query(({ ctx }) =>
    ctx.db.category.findMany({ select: { key: true, name: true }, orderBy: { position: 'asc' } }),
  ),

  /** The home page's category teasers, in order, with how many machines each leads to. */
  teasers: publicProcedure.query(async ({ ctx }) => {
    const teasers = await ctx.db.categoryTeaser.findMany({
      select: { title: true, category: { select: { key: true, name: true, _count: { select: { products: true } } } } },
      orderBy: { position: 'asc' },
    });
    return teasers.map(({ title, category }) => ({ title, key: category.key, name: category.name, count: category._count.products }));
  }),

  /** The listing of one category, or of all machines: highest start price first. */
  products: publicProcedure.input(z.object({ category: categoryKey.optional() })).query(async ({ ctx, input }) => {
    const category = input.category
      ? await ctx.db.category.findUnique({ where: { key: input.category }, select: { key: true, name: true } })
      : null;
    if (input.category && !category) throw notFound(`There is no category "${input.category}".`);
    const teasers = await ctx.db.productTeaser.findMany({
      where: category ? { categoryKey: category.key } : {},
      select: teaserSelect,
      orderBy: [{ startPrice: 'desc' }, { id: 'asc' }],
    });
    // The colour of the pictured variant, so its picture can be described in words.
    const pictured = await ctx.db.recommendableVariant.findMany({ where: { sku: { in: teasers.map((t) => t.imageSku) } }, select: { sku: true, name: true } });
    const names = new Map(pictured.map((variant) => [variant.sku, variant.name]));
    const products = teasers.map((teaser) => {
      const name = names.get(teaser.imageSku);
      return { ...teaser, colourName: name === undefined ? null : colourName(name, teaser.name) };
    });
    return { category, products };
  }),

  /** One variant, with what its picture needs: product, colour and category. */
  variant: publicProcedure.input(z.object({ sku: skuSchema })).query(async ({ ctx, input }) => {
    const row = await ctx.db.recommendableVariant.findUnique({ where: { sku: input.sku }, select: variantSelect });
    const [variant] = row ? await viewVariants(ctx.db, [row]) : [];
    if (!variant) throw notFound(`There is no variant "${input.sku}".`);
    return variant;
  }),
});

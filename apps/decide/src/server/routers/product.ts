import { notFound } from '@tractor/bff';
import { productIdSchema } from '@tractor/contracts';
import { z } from 'zod';
import type { Prisma } from '../db';
import { publicProcedure, router } from '../trpc';

const variantSelect = { sku: true, name: true, color: true, price: true } satisfies Prisma.VariantSelect;

const productSelect = {
  id: true,
  name: true,
  category: true,
  highlights: { select: { text: true }, orderBy: { position: 'asc' } },
  variants: { select: variantSelect, orderBy: { position: 'asc' } },
} satisfies Prisma.ProductSelect;

// A SKU that is not one of the product's variants selects the first variant, so any short string is accepted.
const sku = z.string().max(32);

export const productRouter = router({
  /**
   * A product with the variant to show: the requested SKU when it belongs to the product, the
   * first variant otherwise.
   */
  byId: publicProcedure.input(z.object({ id: productIdSchema, sku: sku.optional() })).query(async ({ ctx, input }) => {
    const found = await ctx.db.product.findUnique({ where: { id: input.id }, select: productSelect });
    if (!found) throw notFound(`There is no product "${input.id}".`);
    const { highlights, variants, ...product } = found;
    const selected = variants.find((v) => v.sku === input.sku) ?? variants[0];
    if (!selected) throw notFound(`Product "${input.id}" has no variants.`);
    return { ...product, highlights: highlights.map((h) => h.text), variants, selected };
  }),
});

import type { Prisma } from '../../db/generated/client';
import { publicProcedure, router } from '../trpc';

const lineSelect = {
  sku: true,
  quantity: true,
  variant: { select: { productId: true, name: true, price: true, color: true } },
} satisfies Prisma.CartLineSelect;

export const cartRouter = router({
  /** The shopper's basket with line totals; empty when there is no cart yet. */
  get: publicProcedure.query(async ({ ctx }) => {
    const rows = ctx.cartId
      ? await ctx.db.cartLine.findMany({ where: { cartId: ctx.cartId }, select: lineSelect, orderBy: { addedAt: 'asc' } })
      : [];
    const lines = rows.map(({ variant, ...line }) => ({ ...line, ...variant, total: variant.price * line.quantity }));
    return {
      lines,
      quantity: lines.reduce((sum, line) => sum + line.quantity, 0),
      total: lines.reduce((sum, line) => sum + line.total, 0),
    };
  }),
});

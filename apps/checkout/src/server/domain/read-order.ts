import type { Db } from '../db';
import type { Prisma } from '../db';

const orderSelect = {
  id: true,
  firstName: true,
  storeId: true,
  total: true,
  createdAt: true,
  lines: { select: { sku: true, name: true, price: true, quantity: true, variant: { select: { productId: true, color: true } } }, orderBy: { sku: 'asc' } },
} satisfies Prisma.OrderSelect;

export type OrderView = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

/** An order as the thanks page shows it; only ever looked up by the id in the shopper's signed cookie. */
export function readOrder(db: Db, orderId: string): Promise<OrderView | null> {
  return db.order.findUnique({ where: { id: orderId }, select: orderSelect });
}

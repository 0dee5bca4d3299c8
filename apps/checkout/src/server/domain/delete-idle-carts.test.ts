import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff, orderForm } from '../testing';
import { deleteIdleCarts } from './delete-idle-carts';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(() => bff.drop());

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

async function cartTouched(days: number, sku = 'AU-01-SI') {
  const cart = await bff.db.cart.create({ data: { lines: { create: [{ sku, quantity: 1 }] } }, select: { id: true } });
  await bff.db.$executeRaw`UPDATE "Cart" SET "updatedAt" = ${daysAgo(days)} WHERE "id" = ${cart.id}::uuid`;
  return cart.id;
}

describe('deleteIdleCarts', () => {
  it('deletes baskets idle for more than 30 days with their lines, and keeps the others', async () => {
    const stale = await Promise.all([cartTouched(31), cartTouched(45), cartTouched(400)]);
    const fresh = await Promise.all([cartTouched(0), cartTouched(29)]);

    expect(await deleteIdleCarts(bff.db, { batch: 2 })).toBe(3);

    expect(await bff.db.cart.count({ where: { id: { in: stale } } })).toBe(0);
    expect(await bff.db.cartLine.count({ where: { cartId: { in: stale } } })).toBe(0);
    expect(await bff.db.cart.count({ where: { id: { in: fresh } } })).toBe(2);
    expect(await deleteIdleCarts(bff.db)).toBe(0);
  });

  it('keeps every order whole when the basket it came from goes', async () => {
    const cartId = await cartTouched(0, 'CL-01-GR');
    const { orderId } = await bff.caller({ cartId }).order.place(orderForm());
    await bff.db.$executeRaw`UPDATE "Cart" SET "updatedAt" = ${daysAgo(31)} WHERE "id" = ${cartId}::uuid`;

    expect(await deleteIdleCarts(bff.db)).toBe(1);

    const order = await bff.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    expect(order.cartId).toBeNull();
    expect(order.lines.map((l) => [l.sku, l.quantity])).toEqual([['CL-01-GR', 1]]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../prisma/seed';
import { createTestBff } from '../testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(() => bff.drop());

describe('cart.get', () => {
  it('is empty without a cart', async () => {
    expect(await bff.caller().cart.get()).toEqual({ lines: [], quantity: 0, total: 0 });
  });

  it('is empty for a cart id that does not exist', async () => {
    const cart = await bff.caller({ cartId: '00000000-0000-4000-8000-000000000000' }).cart.get();
    expect(cart.lines).toEqual([]);
  });

  it('lists lines with totals from checkout’s own prices', async () => {
    const cart = await bff.db.cart.create({
      data: { lines: { create: [{ sku: 'CL-01-GR', quantity: 2 }, { sku: 'AU-01-SI', quantity: 1 }] } },
    });
    const view = await bff.caller({ cartId: cart.id }).cart.get();
    expect(view.lines.map((l) => [l.sku, l.quantity, l.total])).toEqual([
      ['CL-01-GR', 2, 11_400],
      ['AU-01-SI', 1, 1_000],
    ]);
    expect(view.quantity).toBe(3);
    expect(view.total).toBe(12_400);
  });
});

describe('seed', () => {
  it('is idempotent and never resets stock that was sold', async () => {
    await bff.db.variant.update({ where: { sku: 'AU-02-BL' }, data: { inventory: 1 } });
    await seed(bff.db);
    expect(await bff.db.variant.count()).toBe(47);
    expect((await bff.db.variant.findUniqueOrThrow({ where: { sku: 'AU-02-BL' } })).inventory).toBe(1);
    expect(await bff.db.variant.count({ where: { inventory: 0 } })).toBe(3);
  });
});

/**
 * Many shoppers ordering the last few of a variant at the same moment, on the real PostgreSQL with
 * one connection per request, so the orders truly run in parallel.
 */
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff, orderForm } from '../testing';

const shoppers = 20;

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff({ pool: shoppers + 2 });
});
afterAll(() => bff.drop());

describe('20 parallel orders for a variant with 3 in stock', () => {
  it('place exactly 3 orders, leave the stock at 0, and refuse the rest whole with a clear out-of-stock error', async () => {
    // AU-02-BL has 3 in stock. Every basket also holds AU-01-SI (made plentiful here), which sorts
    // first: a refused order must give that stock back too.
    expect((await bff.db.variant.findUniqueOrThrow({ where: { sku: 'AU-02-BL' } })).inventory).toBe(3);
    await bff.db.variant.update({ where: { sku: 'AU-01-SI' }, data: { inventory: 100 } });
    const carts = await Promise.all(
      Array.from({ length: shoppers }, () =>
        bff.db.cart.create({ data: { lines: { create: [{ sku: 'AU-01-SI', quantity: 1 }, { sku: 'AU-02-BL', quantity: 1 }] } }, select: { id: true } }),
      ),
    );

    const results = await Promise.allSettled(carts.map(({ id }) => bff.caller({ cartId: id }).order.place(orderForm())));

    const placed = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(placed).toHaveLength(3);
    expect(refused).toHaveLength(shoppers - 3);
    for (const error of refused) {
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({ code: 'CONFLICT', message: 'Sorry, SmartFarm Titan Cosmic Sapphire is out of stock: nothing was ordered.' });
    }

    const stock = Object.fromEntries(
      (await bff.db.variant.findMany({ where: { sku: { in: ['AU-01-SI', 'AU-02-BL'] } } })).map((v) => [v.sku, v.inventory]),
    );
    expect(stock).toEqual({ 'AU-02-BL': 0, 'AU-01-SI': 97 });
    expect(await bff.db.variant.count({ where: { inventory: { lt: 0 } } })).toBe(0);

    // No partial orders: three orders, each complete; every refused basket is still whole.
    const orders = await bff.db.order.findMany({ include: { lines: true } });
    expect(orders).toHaveLength(3);
    for (const order of orders) {
      expect(order.lines.map((l) => l.sku).sort()).toEqual(['AU-01-SI', 'AU-02-BL']);
      expect(order.total).toBe(1_000 + 4_000);
    }
    const lines = await bff.db.cartLine.groupBy({ by: ['cartId'], _count: true });
    expect(lines).toHaveLength(shoppers - 3);
    expect(lines.every((l) => l._count === 2)).toBe(true);
  });

  it('leaves stock that can never go negative, even written around the application', async () => {
    await expect(bff.db.variant.update({ where: { sku: 'AU-02-BL' }, data: { inventory: -1 } })).rejects.toThrow();
  });
});

describe('one basket, at most one order', () => {
  it('two tabs submitting one basket at the same moment, each with its own form key, place one order', async () => {
    const before = (await bff.db.variant.findUniqueOrThrow({ where: { sku: 'AU-05-ZH' } })).inventory;
    for (let round = 0; round < 5; round++) {
      const cart = await bff.db.cart.create({ data: { lines: { create: [{ sku: 'AU-05-ZH', quantity: 1 }] } }, select: { id: true } });
      const tabs = Array.from({ length: 4 }, () => bff.caller({ cartId: cart.id }).order.place(orderForm()));
      const results = await Promise.allSettled(tabs);

      const placed = results.filter((r) => r.status === 'fulfilled');
      expect(placed).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already been ordered') });
      }
      expect(await bff.db.order.count({ where: { cartId: cart.id } })).toBe(1);
    }
    expect((await bff.db.variant.findUniqueOrThrow({ where: { sku: 'AU-05-ZH' } })).inventory).toBe(before - 5);
  });
});

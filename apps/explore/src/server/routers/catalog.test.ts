import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../prisma/seed';
import { createTestBff } from '../testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(() => bff.drop());

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

describe('catalog.products', () => {
  it('lists all 23 machines, most expensive first', async () => {
    const { category, products } = await bff.caller().catalog.products({});
    expect(category).toBeNull();
    expect(products).toHaveLength(23);
    const prices = products.map((p) => p.startPrice);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    expect(products[0]).toMatchObject({ id: 'AU-04', name: 'Sapphire Sunworker 460R', startPrice: 8500 });
  });

  it('lists one category', async () => {
    const classics = await bff.caller().catalog.products({ category: 'classic' });
    const autonomous = await bff.caller().catalog.products({ category: 'autonomous' });
    expect(classics.category).toEqual({ key: 'classic', name: 'Classics' });
    expect(classics.products).toHaveLength(15);
    expect(autonomous.category?.name).toBe('Autonomous');
    expect(autonomous.products).toHaveLength(8);
    expect(autonomous.products.every((p) => p.id.startsWith('AU-'))).toBe(true);
  });

  it('answers NOT_FOUND for an unknown category and BAD_REQUEST for a malformed one', async () => {
    expect(await code(bff.caller().catalog.products({ category: 'vintage' }))).toBe('NOT_FOUND');
    expect(await code(bff.caller().catalog.products({ category: 'Robert"); DROP TABLE' }))).toBe('BAD_REQUEST');
  });
});

describe('stores.list', () => {
  it('lists the four stores in order', async () => {
    const stores = await bff.caller().stores.list();
    expect(stores.map((s) => s.id)).toEqual(['store-a', 'store-b', 'store-c', 'store-d']);
    expect(stores[0]).toEqual({ id: 'store-a', name: 'Aurora Flagship Store', street: 'Astronaut Way 1', city: 'Arlington' });
  });
});

describe('seed', () => {
  it('is idempotent', async () => {
    await seed(bff.db);
    expect(await bff.db.productTeaser.count()).toBe(23);
    expect(await bff.db.recommendableVariant.count()).toBe(47);
    expect(await bff.db.store.count()).toBe(4);
  });
});

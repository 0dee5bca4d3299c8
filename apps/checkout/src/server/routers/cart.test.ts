import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEmpty, seed } from '../../../prisma/seed';
import { createTestBff, recordingJar } from '../testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(() => bff.drop());

const inventory = async (sku: string) => (await bff.db.variant.findUniqueOrThrow({ where: { sku } })).inventory;

/** Adds through the BFF like a browser: the first add starts a cart, later ones carry its id. */
function shopper() {
  const jar = recordingJar();
  const caller = () => bff.caller({ cartId: jar.cartIds[0] ?? null, cookies: jar });
  return { jar, caller };
}

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
    expect(view.lines.map((l) => [l.sku, l.quantity, l.total, l.available])).toEqual([
      ['CL-01-GR', 2, 11_400, true],
      ['AU-01-SI', 1, 1_000, true],
    ]);
    expect(view.lines[0]).toMatchObject({ productId: 'CL-01', name: 'Heritage Workhorse Verdant Field', color: expect.stringMatching(/^#/) });
    expect(view.quantity).toBe(3);
    expect(view.total).toBe(12_400);
  });
});

describe('cart.add', () => {
  it('starts a cart on the first add and keeps using it', async () => {
    const { jar, caller } = shopper();
    expect(await caller().cart.add({ sku: 'AU-01-SI' })).toMatchObject({ sku: 'AU-01-SI', lineQuantity: 1, quantity: 1 });
    expect(jar.cartIds).toHaveLength(1);
    expect(await caller().cart.add({ sku: 'AU-01-SI' })).toMatchObject({ lineQuantity: 2, quantity: 2 });
    expect(await caller().cart.add({ sku: 'CL-01-GR', quantity: 2 })).toMatchObject({ lineQuantity: 2, quantity: 4 });
    expect(jar.cartIds).toHaveLength(1);
    const cart = await caller().cart.get();
    expect(cart.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['AU-01-SI', 2],
      ['CL-01-GR', 2],
    ]);
  });

  it('starts a new cart when the cookie names a cart that does not exist', async () => {
    const jar = recordingJar();
    await bff.caller({ cartId: '00000000-0000-4000-8000-000000000001', cookies: jar }).cart.add({ sku: 'AU-01-SI' });
    expect(jar.cartIds).toHaveLength(1);
    expect(jar.cartIds[0]).not.toBe('00000000-0000-4000-8000-000000000001');
  });

  it('refuses to go beyond stock with a clear message, leaving the cart unchanged', async () => {
    const { caller } = shopper();
    // CL-02-BL has one in stock.
    await caller().cart.add({ sku: 'CL-02-BL' });
    const before = await caller().cart.get();
    const refused = caller().cart.add({ sku: 'CL-02-BL' });
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('only have 1 × Falcon Crest Farm Cerulean Classic in stock') });
    expect(await caller().cart.get()).toEqual(before);
    await expect(caller().cart.add({ sku: 'AU-02-BL', quantity: 4 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await caller().cart.get()).toEqual(before);
  });

  it('refuses an out-of-stock variant without starting a cart', async () => {
    const { jar, caller } = shopper();
    await expect(caller().cart.add({ sku: 'CL-04-TQ' })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Sorry, Broadfield Majestic Aqua Green is out of stock: it was not added.' });
    expect(jar.cartIds).toEqual([]);
  });

  it('answers an unknown or malformed SKU with BAD_REQUEST', async () => {
    await expect(bff.caller().cart.add({ sku: 'ZZ-99-ZZ' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'There is no tractor with the SKU ZZ-99-ZZ.' });
    const malformed = await bff.caller().cart.add({ sku: '<script>' }).catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(TRPCError);
    expect(malformed).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('never touches inventory: only an order does', async () => {
    const before = await inventory('AU-03-TQ');
    const { caller } = shopper();
    await caller().cart.add({ sku: 'AU-03-TQ', quantity: 2 });
    expect(await inventory('AU-03-TQ')).toBe(before);
  });
});

describe('cart.remove', () => {
  it('removes a line and answers with the basket as it is now; removing twice is harmless', async () => {
    const { caller } = shopper();
    await caller().cart.add({ sku: 'AU-01-SI' });
    await caller().cart.add({ sku: 'CL-01-GR' });
    const after = await caller().cart.remove({ sku: 'AU-01-SI' });
    expect(after.lines.map((l) => l.sku)).toEqual(['CL-01-GR']);
    expect(after.quantity).toBe(1);
    expect(await caller().cart.remove({ sku: 'AU-01-SI' })).toEqual(after);
  });

  it('cannot reach into another cart', async () => {
    const owner = shopper();
    await owner.caller().cart.add({ sku: 'AU-01-SI' });
    const stranger = shopper();
    await stranger.caller().cart.remove({ sku: 'AU-01-SI' });
    expect((await owner.caller().cart.get()).quantity).toBe(1);
  });
});

describe('cart.setQuantity', () => {
  it('sets a line’s quantity up and down and answers with the basket as it is now', async () => {
    const { caller } = shopper();
    await caller().cart.add({ sku: 'AU-01-SI' });
    await caller().cart.add({ sku: 'CL-01-GR' });
    const up = await caller().cart.setQuantity({ sku: 'AU-01-SI', quantity: 4 });
    expect(up.lines.map((l) => [l.sku, l.quantity, l.total])).toEqual([
      ['AU-01-SI', 4, 4_000],
      ['CL-01-GR', 1, 5_700],
    ]);
    expect(up.quantity).toBe(5);
    const down = await caller().cart.setQuantity({ sku: 'AU-01-SI', quantity: 1 });
    expect(down.quantity).toBe(2);
    // Setting what it already holds changes nothing (a double click).
    expect(await caller().cart.setQuantity({ sku: 'AU-01-SI', quantity: 1 })).toEqual(down);
  });

  it('is capped by stock with a clear message, leaving the line as it was', async () => {
    const { caller } = shopper();
    // AU-02-BL has 3 in stock.
    await caller().cart.add({ sku: 'AU-02-BL' });
    expect((await caller().cart.setQuantity({ sku: 'AU-02-BL', quantity: 3 })).lines[0]).toMatchObject({ quantity: 3, inventory: 3 });
    await expect(caller().cart.setQuantity({ sku: 'AU-02-BL', quantity: 4 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Sorry, we only have 3 × SmartFarm Titan Cosmic Sapphire in stock, and your basket cannot hold more than that.',
    });
    expect((await caller().cart.get()).lines[0]).toMatchObject({ sku: 'AU-02-BL', quantity: 3 });
  });

  it('refuses nonsense with BAD_REQUEST naming the problem', async () => {
    const { caller } = shopper();
    await caller().cart.add({ sku: 'AU-01-SI' });
    for (const quantity of [0, -1, 1.5, 100]) {
      await expect(caller().cart.setQuantity({ sku: 'AU-01-SI', quantity })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect((await caller().cart.get()).quantity).toBe(1);
  });

  it('never adds a tractor, never reaches into another basket, and leaves a basket that became an order alone', async () => {
    const owner = shopper();
    await owner.caller().cart.add({ sku: 'AU-01-SI' });
    const stranger = shopper();
    await expect(stranger.caller().cart.setQuantity({ sku: 'AU-01-SI', quantity: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await stranger.caller().cart.add({ sku: 'CL-01-GR' });
    await expect(stranger.caller().cart.setQuantity({ sku: 'AU-01-SI', quantity: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await owner.caller().cart.get()).quantity).toBe(1);

    const cartId = owner.jar.cartIds[0] ?? null;
    await bff.db.cart.update({ where: { id: cartId ?? '' }, data: { orderedAt: new Date() } });
    await expect(owner.caller().cart.setQuantity({ sku: 'AU-01-SI', quantity: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await bff.db.cartLine.findFirst({ where: { cartId: cartId ?? '' } })).toMatchObject({ quantity: 1 });
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

  it('counts a database without stores as not yet seeded, and seeding adds them', async () => {
    expect(await isEmpty(bff.db)).toBe(false);
    await bff.db.store.deleteMany();
    expect(await isEmpty(bff.db)).toBe(true);
    await seed(bff.db);
    expect(await bff.db.store.count()).toBe(4);
  });
});

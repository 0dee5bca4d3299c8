import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff, orderForm, recordingJar } from '../testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff({ pool: 4 });
});
afterAll(() => bff.drop());

const inventory = async (sku: string) => (await bff.db.variant.findUniqueOrThrow({ where: { sku } })).inventory;

/** A shopper with a basket holding `lines`. */
async function shopperWith(lines: Record<string, number>) {
  const cart = await bff.db.cart.create({ data: { lines: { create: Object.entries(lines).map(([sku, quantity]) => ({ sku, quantity })) } } });
  const jar = recordingJar();
  return { cartId: cart.id, jar, caller: () => bff.caller({ cartId: cart.id, cookies: jar }) };
}

describe('order.place', () => {
  it('takes the stock, writes the order with its lines and total at checkout’s prices, and empties the cart', async () => {
    const before = { gr: await inventory('CL-01-GR'), si: await inventory('AU-01-SI') };
    const shopper = await shopperWith({ 'CL-01-GR': 2, 'AU-01-SI': 1 });
    const form = orderForm({ firstName: ' Ada ', storeId: 'store-c' });

    const placed = await shopper.caller().order.place(form);

    expect(placed.created).toBe(true);
    expect(shopper.jar.orderIds).toEqual([placed.orderId]);
    const order = await bff.db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: { orderBy: { sku: 'asc' } } } });
    expect(order).toMatchObject({ idempotencyKey: form.idempotencyKey, firstName: 'Ada', lastName: 'Lovelace', storeId: 'store-c', total: 12_400 });
    expect(order.lines.map((l) => [l.sku, l.name, l.price, l.quantity])).toEqual([
      ['AU-01-SI', 'TerraFirma AutoCultivator T-300 Silver', 1_000, 1],
      ['CL-01-GR', 'Heritage Workhorse Verdant Field', 5_700, 2],
    ]);
    expect(await inventory('CL-01-GR')).toBe(before.gr - 2);
    expect(await inventory('AU-01-SI')).toBe(before.si - 1);
    expect(await shopper.caller().cart.get()).toEqual({ lines: [], quantity: 0, total: 0 });
    expect(await bff.caller({ orderId: placed.orderId }).order.latest()).toMatchObject({ id: placed.orderId, total: 12_400 });
  });

  it('uses the price at the moment of the order, not the one the basket showed', async () => {
    const shopper = await shopperWith({ 'AU-07-MT': 1 });
    await bff.db.variant.update({ where: { sku: 'AU-07-MT' }, data: { price: 1234 } });
    const { orderId } = await shopper.caller().order.place(orderForm());
    expect((await bff.db.order.findUniqueOrThrow({ where: { id: orderId } })).total).toBe(1234);
  });

  it('is idempotent: the same form submitted again yields the same order and takes stock once', async () => {
    const shopper = await shopperWith({ 'AU-03-TQ': 1 });
    const before = await inventory('AU-03-TQ');
    const form = orderForm();
    const first = await shopper.caller().order.place(form);
    const again = await shopper.caller().order.place(form);
    expect(again).toEqual({ orderId: first.orderId, created: false });
    expect(await bff.db.order.count({ where: { idempotencyKey: form.idempotencyKey } })).toBe(1);
    expect(await inventory('AU-03-TQ')).toBe(before - 1);
  });

  it('is idempotent under a double submit racing itself', async () => {
    const shopper = await shopperWith({ 'AU-04-RD': 1, 'AU-05-ZH': 1 });
    const before = await inventory('AU-04-RD');
    const form = orderForm();
    const results = await Promise.all([shopper.caller().order.place(form), shopper.caller().order.place(form), shopper.caller().order.place(form)]);
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await bff.db.order.count({ where: { idempotencyKey: form.idempotencyKey } })).toBe(1);
    expect(await inventory('AU-04-RD')).toBe(before - 1);
  });

  it('refuses an empty cart, or no cart at all, without writing anything', async () => {
    const orders = await bff.db.order.count();
    const shopper = await shopperWith({});
    await expect(shopper.caller().order.place(orderForm())).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('basket is empty') });
    await expect(bff.caller().order.place(orderForm())).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect(await bff.db.order.count()).toBe(orders);
  });

  it('validates the form again on the server: a 400 that names the field, nothing changed', async () => {
    const shopper = await shopperWith({ 'AU-01-SI': 1 });
    const before = await inventory('AU-01-SI');
    for (const bad of [orderForm({ firstName: '   ' }), orderForm({ lastName: '' }), orderForm({ storeId: '' }), orderForm({ storeId: '<b>' }), orderForm({ idempotencyKey: 'again' })]) {
      const error = await shopper.caller().order.place(bad).catch((e: unknown) => e);
      expect(error, JSON.stringify(bad)).toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(await inventory('AU-01-SI')).toBe(before);
    expect((await shopper.caller().cart.get()).quantity).toBe(1);
  });

  it('takes orders only for checkout’s own stores: an unknown store is a 400 with a message, nothing changed', async () => {
    const shopper = await shopperWith({ 'AU-01-SI': 1 });
    const before = await inventory('AU-01-SI');
    const orders = await bff.db.order.count();
    await expect(shopper.caller().order.place(orderForm({ storeId: 'store-z' }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'We cannot take orders for pick-up at the store “store-z”: please choose one of our stores.',
    });
    expect(await bff.db.order.count()).toBe(orders);
    expect(await inventory('AU-01-SI')).toBe(before);
    expect((await shopper.caller().cart.get()).quantity).toBe(1);
    // Every store of the reference data is one of them.
    const { orderId } = await shopper.caller().order.place(orderForm({ storeId: 'store-d' }));
    expect((await bff.db.order.findUniqueOrThrow({ where: { id: orderId } })).storeId).toBe('store-d');
  });

  it('places nothing when one line is out of stock: no partial order, stock and cart untouched', async () => {
    // CL-13-BL has one in stock; the cart wants two, after a line that would fit.
    const shopper = await shopperWith({ 'AU-06-CZ': 1, 'CL-13-BL': 2 });
    const before = { cz: await inventory('AU-06-CZ'), bl: await inventory('CL-13-BL') };
    const orders = await bff.db.order.count();
    await expect(shopper.caller().order.place(orderForm())).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Sorry, only 1 × Rapid Racer Speedway Blue left in stock: nothing was ordered.',
    });
    expect(await bff.db.order.count()).toBe(orders);
    expect(await inventory('AU-06-CZ')).toBe(before.cz);
    expect(await inventory('CL-13-BL')).toBe(before.bl);
    expect((await shopper.caller().cart.get()).quantity).toBe(3);
  });

  it('says plainly when a variant is sold out', async () => {
    const shopper = await shopperWith({ 'CL-11-SK': 1 });
    await expect(shopper.caller().order.place(orderForm())).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Sorry, Scandinavia Sower Baltic Blue is out of stock: nothing was ordered.',
    });
  });
});

describe('store.list', () => {
  it('lists the stores checkout accepts, from its own seed', async () => {
    const stores = await bff.caller().store.list();
    expect(stores.map((s) => s.id).sort()).toEqual(['store-a', 'store-b', 'store-c', 'store-d']);
    expect(stores[0]).toEqual({ id: 'store-a', name: 'Aurora Flagship Store', city: 'Arlington' });
  });
});

describe('order.latest', () => {
  it('is null without an order cookie, or for an order that does not exist', async () => {
    expect(await bff.caller().order.latest()).toBeNull();
    expect(await bff.caller({ orderId: '00000000-0000-4000-8000-000000000000' }).order.latest()).toBeNull();
  });
});

describe('a replayed checkout key', () => {
  it('from the basket it was placed from returns the same order', async () => {
    const shopper = await shopperWith({ 'AU-01-SI': 1 });
    const form = orderForm();
    const first = await shopper.caller().order.place(form);
    expect(await shopper.caller().order.place(form)).toEqual({ orderId: first.orderId, created: false });
    expect(shopper.jar.orderIds).toEqual([first.orderId, first.orderId]);
  });

  it('from another basket, or from a browser without one, gets nothing: no order, no order cookie, nothing changed', async () => {
    const owner = await shopperWith({ 'AU-01-SI': 1 });
    const form = orderForm();
    await owner.caller().order.place(form);

    const stranger = await shopperWith({ 'CL-01-GR': 1 });
    const orders = await bff.db.order.count();
    await expect(stranger.caller().order.place(form)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('another basket') });
    const cookieless = recordingJar();
    await expect(bff.caller({ cookies: cookieless }).order.place(form)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect(stranger.jar.orderIds).toEqual([]);
    expect(cookieless.orderIds).toEqual([]);
    expect(await bff.db.order.count()).toBe(orders);
    expect((await stranger.caller().cart.get()).quantity).toBe(1);
  });

  it('is refused even when the stranger races the owner', async () => {
    const owner = await shopperWith({ 'AU-03-TQ': 1 });
    const stranger = await shopperWith({ 'AU-03-TQ': 1 });
    const form = orderForm();
    const [mine, theirs] = await Promise.allSettled([owner.caller().order.place(form), stranger.caller().order.place(form)]);
    // Whichever basket got the key first owns it; the other is refused, never handed that order.
    const outcomes = [mine.status, theirs.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const refused = mine.status === 'rejected' ? mine.reason : theirs.status === 'rejected' ? theirs.reason : null;
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    expect(await bff.db.order.count({ where: { idempotencyKey: form.idempotencyKey } })).toBe(1);
  });
});

describe('a basket that became an order', () => {
  it('takes no more lines: the next add starts a new basket', async () => {
    const shopper = await shopperWith({ 'AU-01-SI': 1 });
    await shopper.caller().order.place(orderForm());
    await shopper.caller().cart.add({ sku: 'AU-01-SI' });
    expect(shopper.jar.cartIds).toHaveLength(1);
    expect(shopper.jar.cartIds[0]).not.toBe(shopper.cartId);
    expect(await bff.db.cartLine.count({ where: { cartId: shopper.cartId } })).toBe(0);
  });

  it('cannot be ordered again with a new form', async () => {
    const shopper = await shopperWith({ 'AU-01-SI': 1 });
    const { orderId } = await shopper.caller().order.place(orderForm());
    const again = shopper.caller().order.place(orderForm());
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await bff.db.order.count({ where: { cartId: shopper.cartId } })).toBe(1);
    expect(orderId).toBeTruthy();
  });
});

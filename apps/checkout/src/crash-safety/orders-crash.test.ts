/**
 * Crash safety of orders, on the real PostgreSQL: checkout's BFF is killed (SIGKILL) while
 * shoppers are placing orders, then started again. Every order that was acknowledged is complete,
 * no partial order exists, stock equals the seed minus the units ordered, and a retry with the
 * same form key returns the same order (or places it, when the first attempt never committed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff, orderForm } from '../server/testing';
import { startBff, type BffProcess } from './bff-process';
import { basketCookie, call, inBatches, secret } from './shopper-client';

const shoppers = 60;
const stockAtStart = { 'AU-01-SI': 500, 'CL-01-GR': 500 };

let bff: Awaited<ReturnType<typeof createTestBff>>;
let server: BffProcess | null = null;
beforeAll(async () => {
  bff = await createTestBff();
  for (const [sku, inventory] of Object.entries(stockAtStart)) await bff.db.variant.update({ where: { sku }, data: { inventory } });
}, 60_000);
afterAll(async () => {
  await server?.kill();
  await bff.drop();
});

type Placed = { orderId: string; created: boolean };

async function stockOf(sku: string) {
  return (await bff.db.variant.findUniqueOrThrow({ where: { sku } })).inventory;
}

/** Every order in the database is whole, and stock is exactly the start minus what they hold. */
async function expectConsistent() {
  const orders = await bff.db.order.findMany({ include: { lines: true, cart: { select: { id: true } } } });
  for (const order of orders) {
    expect(order.lines.map((l) => l.sku).sort(), order.id).toEqual(['AU-01-SI', 'CL-01-GR']);
    expect(order.total, order.id).toBe(order.lines.reduce((sum, l) => sum + l.price * l.quantity, 0));
    expect(await bff.db.cartLine.count({ where: { cartId: order.cartId ?? '' } }), 'an ordered basket is empty').toBe(0);
  }
  for (const [sku, start] of Object.entries(stockAtStart)) {
    const units = orders.flatMap((o) => o.lines).filter((l) => l.sku === sku).reduce((sum, l) => sum + l.quantity, 0);
    expect(await stockOf(sku), sku).toBe(start - units);
  }
  return orders;
}

describe('checkout killed while orders are being placed', () => {
  it('keeps every acknowledged order whole, leaves no partial order, and answers retries with the same order', async () => {
    const carts = await Promise.all(
      Array.from({ length: shoppers }, (_, i) =>
        bff.db.cart.create({ data: { lines: { create: [{ sku: 'AU-01-SI', quantity: 1 }, { sku: 'CL-01-GR', quantity: 1 + (i % 3) }] } }, select: { id: true } }),
      ),
    );
    const forms = carts.map(() => orderForm());
    server = await startBff({ databaseUrl: bff.url, secret, pool: 8 });

    // Everyone submits at once; the server dies as soon as 10 orders are acknowledged.
    const acknowledged = new Map<number, string>();
    let killing: Promise<void> | null = null;
    const running = server;
    const attempts = carts.map(async ({ id }, i) => {
      const answer = await call<Placed>(running.origin, 'order.place', forms[i], basketCookie(id));
      if (answer.status === 200 && answer.data) acknowledged.set(i, answer.data.orderId);
      if (acknowledged.size >= 10) killing ??= running.kill();
    });
    const outcomes = await Promise.allSettled(attempts);
    await killing;
    const lost = outcomes.filter((o) => o.status === 'rejected').length;
    expect(acknowledged.size).toBeGreaterThanOrEqual(10);
    expect(lost, 'some orders were still in flight when the server died').toBeGreaterThan(0);

    // Right after the crash: whatever committed is whole, and every acknowledged order is there.
    const committed = await expectConsistent();
    for (const orderId of acknowledged.values()) expect(committed.map((o) => o.id)).toContain(orderId);

    // Started again, every shopper retries with the same form.
    server = await startBff({ databaseUrl: bff.url, secret, pool: 8 });
    const origin = server.origin;
    const retried = await inBatches(carts, 10, ({ id }, i) => call<Placed>(origin, 'order.place', forms[i], basketCookie(id)));
    retried.forEach((answer, i) => {
      expect(answer.status, `shopper ${i}: ${answer.error ?? ''}`).toBe(200);
      const first = acknowledged.get(i);
      if (first) expect(answer.data).toEqual({ orderId: first, created: false });
    });

    const orders = await expectConsistent();
    expect(orders).toHaveLength(shoppers);
    expect(new Set(orders.map((o) => o.cartId)).size).toBe(shoppers);
  }, 90_000);
});

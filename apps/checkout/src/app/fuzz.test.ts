/**
 * Every entry point of checkout, fed arbitrary input through its real route handler on a real
 * database: no server error, and a refused request (4xx) leaves carts, orders and stock untouched.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { formTarget, fuzz, queryTarget, trpcTargets } from '@tractor/testing';
import { createTestBff } from '@/server/testing';
import { appRouter } from '@/server/root';

let bff: Awaited<ReturnType<typeof createTestBff>>;
const shop = 'http://localhost:3000';
const headers = { host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000', 'x-forwarded-proto': 'http', origin: shop, 'sec-fetch-site': 'same-origin' };

beforeAll(async () => {
  bff = await createTestBff();
  (globalThis as { checkoutDb?: unknown }).checkoutDb = bff.db;
});
afterAll(async () => {
  delete (globalThis as { checkoutDb?: unknown }).checkoutDb;
  await bff?.drop();
});

const state = async () => {
  const [carts, lines, orders, stock] = await Promise.all([
    bff.db.cart.count(),
    bff.db.cartLine.aggregate({ _sum: { quantity: true } }),
    bff.db.order.count(),
    bff.db.variant.aggregate({ _sum: { inventory: true } }),
  ]);
  return { carts, lines: lines._sum.quantity, orders, stock: stock._sum.inventory };
};

describe('checkout under arbitrary input', () => {
  it('never answers 5xx and changes nothing when it refuses', async () => {
    const trpc = await import('./api/trpc/[trpc]/route');
    const add = await import('./cart/add/route');
    const remove = await import('./cart/remove/route');
    const orders = await import('./orders/route');
    const addToCart = await import('./fragments/add-to-cart/route');
    const miniCart = await import('./fragments/mini-cart/route');
    await fuzz(
      [
        ...trpcTargets(appRouter, { handler: (req) => (req.method === 'GET' ? trpc.GET(req) : trpc.POST(req)), url: (path) => `${shop}/api/trpc/${path}`, headers }),
        formTarget('POST /cart/add', add.POST, `${shop}/cart/add`, ['sku', 'quantity'], headers),
        formTarget('POST /cart/remove', remove.POST, `${shop}/cart/remove`, ['sku'], headers),
        formTarget('POST /orders', orders.POST, `${shop}/orders`, ['idempotencyKey', 'firstName', 'lastName', 'storeId'], headers),
        queryTarget('GET /fragments/add-to-cart', addToCart.GET, `${shop}/fragments/add-to-cart`, ['sku'], headers),
        queryTarget('GET /fragments/mini-cart', miniCart.GET, `${shop}/fragments/mini-cart`, [], headers),
      ],
      { state },
    );
  }, 60_000);
});

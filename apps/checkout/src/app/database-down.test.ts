/**
 * Checkout with its database taken away and given back, on the real PostgreSQL behind a switch
 * (`appBehindOutage`): every entry point answers the branded 503 with Retry-After while it is
 * away, and everything works again once it is back, in the same process, with the same client.
 */
import { databaseGateState, retryAfterSeconds } from '@tractor/bff';
import { gateAnswer } from '@tractor/slice/request-gate';
import { appBehindOutage, eventually, type AppBehindOutage } from '@tractor/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/server/db';
import { createTestBff } from '@/server/testing';
import { testBrowser } from './__tests__/test-browser';

let bff: Awaited<ReturnType<typeof createTestBff>>;
let outage: AppBehindOutage;
let routes: Awaited<ReturnType<typeof load>>;

async function load() {
  return {
    add: await import('./cart/add/route'),
    trpc: await import('./api/trpc/[trpc]/route'),
    miniCart: await import('./fragments/mini-cart/route'),
    addToCart: await import('./fragments/add-to-cart/route'),
    gate: (await import('../request-gate')).gate,
  };
}

beforeAll(async () => {
  bff = await createTestBff();
  outage = await appBehindOutage({ context: 'checkout', databaseUrl: bff.url, connect: (url) => createDb(url, 2) });
  routes = await load();
});
afterAll(async () => {
  await outage.close();
  await bff.drop();
});

const page = (path: string) => new Request(`http://localhost:3000${path}`, { headers: { accept: 'text/html' } });

async function expectCatchingItsBreath(response: Response, outcome?: string) {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe(String(retryAfterSeconds));
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = await response.text();
  expect(body).toContain('Checkout is catching its breath');
  if (outcome) expect(body).toContain(outcome);
}

describe('checkout while its database is down', () => {
  it('answers a branded 503 with Retry-After everywhere, and recovers by itself when the database is back', async () => {
    const shopper = testBrowser(routes.trpc);
    expect((await shopper.post(routes.add.POST, '/cart/add', { sku: 'AU-01-SI' })).status).toBe(303);
    expect((await gateAnswer(routes.gate, page('/checkout/cart')))?.status).not.toBe(503);

    await outage.cut();

    // The add-to-cart form without JavaScript: a page that says nothing was added.
    const add = await shopper.post(routes.add.POST, '/cart/add', { sku: 'AU-01-SI' }, { accept: 'text/html', referer: 'http://localhost:3000/product/AU-01?sku=AU-01-SI' });
    await expectCatchingItsBreath(add.clone(), 'Nothing was added to your basket.');
    expect(await add.text()).toContain('href="/product/AU-01?sku=AU-01-SI">Try again');
    // The BFF (the enhanced form, the basket page's client): tRPC's SERVICE_UNAVAILABLE.
    const rpc = await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    expect(rpc.status).toBe(503);
    expect(rpc.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    expect(await rpc.json()).toMatchObject({ error: { data: { code: 'SERVICE_UNAVAILABLE' } } });
    // Fragments: a 503 the including page turns into its quiet fallback.
    expect((await shopper.get(routes.miniCart.GET, '/fragments/mini-cart')).status).toBe(503);
    expect((await shopper.get(routes.addToCart.GET, '/fragments/add-to-cart?sku=AU-01-SI')).status).toBe(503);
    // Pages: the request gate now answers before any route runs, without waiting on the database.
    await expectCatchingItsBreath((await gateAnswer(routes.gate, page('/checkout/cart'))) ?? new Response(null, { status: 200 }));
    expect(databaseGateState().down).toBe(true);

    await outage.restore();

    await eventually(async () => expect((await gateAnswer(routes.gate, page('/checkout/cart')))?.status).not.toBe(503), retryAfterSeconds + 3);
    expect((await shopper.post(routes.add.POST, '/cart/add', { sku: 'AU-01-SI' })).status).toBe(303);
    expect(await shopper.basket()).toMatchObject({ quantity: 2 });
    expect((await shopper.get(routes.miniCart.GET, '/fragments/mini-cart')).status).toBe(200);
  });
});

/**
 * Checkout's HTTP surface as the browser meets it (form posts, the BFF, the add-to-cart fragment),
 * through the real route handlers on a real database: cookies, redirects, cross-site refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff, orderForm } from '@/server/testing';
import { testBrowser } from './__tests__/test-browser';

let bff: Awaited<ReturnType<typeof createTestBff>>;
let routes: Awaited<ReturnType<typeof load>>;

async function load() {
  return {
    add: await import('./cart/add/route'),
    remove: await import('./cart/remove/route'),
    quantity: await import('./cart/quantity/route'),
    orders: await import('./orders/route'),
    trpc: await import('./api/trpc/[trpc]/route'),
    fragment: await import('./fragments/add-to-cart/route'),
    miniCart: await import('./fragments/mini-cart/route'),
  };
}

beforeAll(async () => {
  bff = await createTestBff();
  // The handlers use the process-wide client (src/server/db.ts): make it this test's database.
  (globalThis as { checkoutDb?: unknown }).checkoutDb = bff.db;
  routes = await load();
});
afterAll(async () => {
  delete (globalThis as { checkoutDb?: unknown }).checkoutDb;
  await bff.drop();
});

const browser = () => testBrowser(routes.trpc);

describe('POST /checkout/cart/add (the form without JavaScript)', () => {
  it('adds, starts a signed cart cookie and sends the shopper back to the product page with a confirmation', async () => {
    const shopper = browser();
    const response = await shopper.post(routes.add.POST, '/cart/add', { sku: 'CL-01-GR' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/product/CL-01?sku=CL-01-GR');
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('c_cart='))).toMatch(/; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    expect(cookies.find((c) => c.startsWith('c_flash='))).toMatch(/^c_flash=added%3ACL-01-GR; Path=\/; Max-Age=20; HttpOnly; SameSite=Lax$/);
    expect(await shopper.basket()).toMatchObject({ quantity: 1, lines: [{ sku: 'CL-01-GR', quantity: 1 }] });

    const fragment = await shopper.get(routes.fragment.GET, '/fragments/add-to-cart?sku=CL-01-GR');
    expect(await fragment.text()).toContain('Tractor was added. <a href="/checkout/cart">View in basket</a>');
    expect(shopper.jar.has('c_flash')).toBe(false);
    const again = await shopper.get(routes.fragment.GET, '/fragments/add-to-cart?sku=CL-01-GR');
    expect(await again.text()).not.toContain('Tractor was added');
  });

  it('keeps the confirmation for the page the shopper opens while a page is only fetched ahead of a click', async () => {
    const shopper = browser();
    await shopper.post(routes.add.POST, '/cart/add', { sku: 'CL-01-GR' });
    for (const purpose of ['prefetch', 'prefetch;prerender']) {
      const ahead = await shopper.get(routes.fragment.GET, '/fragments/add-to-cart?sku=CL-01-GR', { 'sec-purpose': purpose });
      expect(await ahead.text(), purpose).toContain('Tractor was added');
      expect(ahead.headers.getSetCookie(), purpose).toEqual([]);
      expect(shopper.jar.has('c_flash'), purpose).toBe(true);
    }
    const opened = await shopper.get(routes.fragment.GET, '/fragments/add-to-cart?sku=CL-01-GR');
    expect(await opened.text()).toContain('Tractor was added');
    expect(shopper.jar.has('c_flash')).toBe(false);
  });

  it('shows the confirmation only beside the tractor it is about', async () => {
    const shopper = browser();
    await shopper.post(routes.add.POST, '/cart/add', { sku: 'CL-01-GR' });
    const other = await shopper.get(routes.fragment.GET, '/fragments/add-to-cart?sku=AU-01-SI');
    expect(await other.text()).not.toContain('Tractor was added');
  });

  it('refuses more than is in stock with a message on the product page, the cart unchanged', async () => {
    const shopper = browser();
    await shopper.post(routes.add.POST, '/cart/add', { sku: 'CL-05-PT' });
    const refused = await shopper.post(routes.add.POST, '/cart/add', { sku: 'CL-05-PT' });
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/product/CL-05?sku=CL-05-PT');
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
    const fragment = await (await shopper.get(routes.fragment.GET, '/fragments/add-to-cart?sku=CL-05-PT')).text();
    const refusal = 'Sorry, we only have 1 × Countryside Commander Pacific Teal in stock, and your basket cannot hold more than that.';
    expect(fragment).toContain(`<p class="c-add-to-cart__error" role="alert">${refusal}</p>`);
    // With JavaScript the same add goes through the BFF, and is refused in the same words.
    const viaBff = await shopper.rpc('cart.add', { sku: 'CL-05-PT' });
    expect(viaBff.status).toBe(409);
    expect(await viaBff.json()).toMatchObject({ error: { message: refusal } });
  });

  it('answers an unknown or malformed SKU with a 400 that says so, changing nothing', async () => {
    const shopper = browser();
    const unknown = await shopper.post(routes.add.POST, '/cart/add', { sku: 'ZZ-99-ZZ' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('There is no tractor with the SKU ZZ-99-ZZ.');
    const malformed = await shopper.post(routes.add.POST, '/cart/add', { sku: 'nope' });
    expect(malformed.status).toBe(400);
    expect(shopper.jar.size).toBe(0);
  });
});

describe('form bodies', () => {
  it('are capped: a 5 MB add-to-cart post is refused with 413 before it is read, and no cart is started', async () => {
    const shopper = browser();
    const carts = await bff.db.cart.count();
    const huge = await shopper.post(routes.add.POST, '/cart/add', { sku: 'CL-01-GR', filler: 'x'.repeat(5 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('Nothing was changed.');
    expect(shopper.jar.size).toBe(0);
    expect(await bff.db.cart.count()).toBe(carts);
  });

  it('are capped while streaming too, when no length is declared', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode(`sku=CL-01-GR&x${i}=${'y'.repeat(1024)}&`));
        controller.close();
      },
    });
    const request = new Request('http://localhost:3000/cart/remove', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000' },
    } as RequestInit);
    expect((await routes.remove.POST(request)).status).toBe(413);
  });
});

describe('a tampered or unknown cart cookie', () => {
  it('quietly starts a new cart and never reveals or changes the one it pointed at', async () => {
    const owner = browser();
    await owner.post(routes.add.POST, '/cart/add', { sku: 'AU-01-SI' });
    const signed = owner.jar.get('c_cart') ?? '';
    const ownerId = decodeURIComponent(signed).split('.')[0] ?? '';

    const attacker = browser();
    attacker.jar.set('c_cart', encodeURIComponent(`${ownerId}.forged-signature`));
    expect(await attacker.basket()).toEqual({ lines: [], quantity: 0, total: 0 });
    const mini = await (await attacker.get(routes.miniCart.GET, '/fragments/mini-cart')).text();
    expect(mini).toContain('data-count="0"');

    const added = await attacker.rpc('cart.add', { sku: 'CL-01-GR' });
    expect(added.status).toBe(200);
    expect(attacker.jar.get('c_cart')).not.toContain(ownerId);
    expect(await attacker.basket()).toMatchObject({ quantity: 1, lines: [{ sku: 'CL-01-GR' }] });
    expect(await owner.basket()).toMatchObject({ quantity: 1, lines: [{ sku: 'AU-01-SI' }] });

    const removal = await attacker.post(routes.remove.POST, '/cart/remove', { sku: 'AU-01-SI' });
    expect(removal.status).toBe(303);
    expect(await owner.basket()).toMatchObject({ quantity: 1 });
  });
});

describe('the BFF', () => {
  it('adds through cart.add, answering with the basket’s count, and sets the cart cookie once', async () => {
    const shopper = browser();
    const first = await shopper.rpc('cart.add', { sku: 'AU-03-TQ' });
    expect(await first.json()).toMatchObject({ result: { data: { quantity: 1, sku: 'AU-03-TQ', name: 'FutureHarvest Navigator Turquoise Titan' } } });
    expect(first.headers.getSetCookie().filter((c) => c.startsWith('c_cart='))).toHaveLength(1);
    const second = await shopper.rpc('cart.add', { sku: 'AU-03-TQ' });
    expect(await second.json()).toMatchObject({ result: { data: { quantity: 2 } } });
    expect(second.headers.getSetCookie()).toEqual([]);
  });

  it('answers a refused add with 409 and the message to show', async () => {
    const response = await browser().rpc('cart.add', { sku: 'CL-15-PI' });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { message: 'Sorry, Fieldmaster Classic Vintage Pink is out of stock: it was not added.', data: { code: 'CONFLICT' } } });
  });
});

describe('POST /checkout/orders', () => {
  it('places the order and sends the shopper to the thanks page, remembering the order', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-07-YE' });
    const form = orderForm();
    const response = await shopper.post(routes.orders.POST, '/orders', form);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/checkout/thanks');
    expect(response.headers.getSetCookie().find((c) => c.startsWith('c_order='))).toMatch(/; Path=\/checkout; Max-Age=3600; HttpOnly; SameSite=Lax$/);
    expect(await shopper.basket()).toMatchObject({ quantity: 0 });

    const again = await shopper.post(routes.orders.POST, '/orders', form);
    expect(again.headers.get('location')).toBe('/checkout/thanks');
    expect(await bff.db.order.count({ where: { idempotencyKey: form.idempotencyKey } })).toBe(1);
  });

  it('sends an empty basket back to the basket with a note', async () => {
    const response = await browser().post(routes.orders.POST, '/orders', orderForm());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/checkout/cart?notice=empty-cart');
  });

  it('sends a basket that sold out meanwhile back to the basket, saying which tractor', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'CL-13-BL' });
    await bff.db.variant.update({ where: { sku: 'CL-13-BL' }, data: { inventory: 0 } });
    const response = await shopper.post(routes.orders.POST, '/orders', orderForm());
    expect(response.headers.get('location')).toBe('/checkout/cart?notice=sold-out&sku=CL-13-BL');
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
  });

  it('validates again on the server: 400 naming the problem', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const response = await shopper.post(routes.orders.POST, '/orders', orderForm({ storeId: '' }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('storeId: choose a store');
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
  });

  it('refuses a store checkout does not know: 400 saying so, nothing ordered', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const orders = await bff.db.order.count();
    const response = await shopper.post(routes.orders.POST, '/orders', orderForm({ storeId: 'store-z' }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('We cannot take orders for pick-up at the store “store-z”');
    expect(await bff.db.order.count()).toBe(orders);
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
  });
});

describe('POST /checkout/cart/quantity (the quantity controls without JavaScript)', () => {
  it('sets the quantity from − / + (`set`) or from the field (`quantity`), and goes back to the basket', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const plus = await shopper.post(routes.quantity.POST, '/cart/quantity', { sku: 'AU-01-SI', set: '2', quantity: '1' });
    expect(plus.status).toBe(303);
    expect(plus.headers.get('location')).toBe('/checkout/cart');
    expect(await shopper.basket()).toMatchObject({ quantity: 2 });
    await shopper.post(routes.quantity.POST, '/cart/quantity', { sku: 'AU-01-SI', quantity: '5' });
    expect(await shopper.basket()).toMatchObject({ quantity: 5 });
  });

  it('sends a change beyond stock back to the basket with a note, nothing changed', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-02-OG' });
    const response = await shopper.post(routes.quantity.POST, '/cart/quantity', { sku: 'AU-02-OG', quantity: '50' });
    expect(response.headers.get('location')).toBe('/checkout/cart?notice=stock-limit&sku=AU-02-OG');
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
  });

  it('answers nonsense with a 400 naming the problem', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const response = await shopper.post(routes.quantity.POST, '/cart/quantity', { sku: 'AU-01-SI', quantity: 'lots' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('The quantity was not changed: quantity: the quantity is a number');
  });
});

describe('cross-site requests', () => {
  const evil = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

  it('are refused with 403 by every state-changing endpoint, and change nothing', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const before = await bff.db.order.count();
    const attempts = [
      await shopper.post(routes.add.POST, '/cart/add', { sku: 'CL-01-GR' }, evil),
      await shopper.post(routes.remove.POST, '/cart/remove', { sku: 'AU-01-SI' }, evil),
      await shopper.post(routes.quantity.POST, '/cart/quantity', { sku: 'AU-01-SI', quantity: '3' }, evil),
      await shopper.post(routes.orders.POST, '/orders', orderForm(), evil),
      await shopper.rpc('cart.add', { sku: 'CL-01-GR' }, evil),
      await shopper.rpc('cart.remove', { sku: 'AU-01-SI' }, { origin: 'https://evil.example' }),
      await shopper.rpc('cart.setQuantity', { sku: 'AU-01-SI', quantity: 3 }, evil),
      await shopper.rpc('order.place', orderForm(), { 'sec-fetch-site': 'same-site' }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    expect(await shopper.basket()).toMatchObject({ quantity: 1, lines: [{ sku: 'AU-01-SI' }] });
    expect(await bff.db.order.count()).toBe(before);
  });
});

describe('GET /checkout/fragments/add-to-cart', () => {
  it('is personal, in its contract root, with price and stock', async () => {
    const response = await browser().get(routes.fragment.GET, '/fragments/add-to-cart?sku=AU-02-BL');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.text();
    expect(body).toMatch(/^<checkout-add-to-cart data-boundary="checkout" data-sku="AU-02-BL">/);
    expect(body).toContain('4,000 Ø');
    expect(body).toContain('3 in stock, free shipping');
  });

  it('answers an unknown SKU, or none, with a 400 that says so', async () => {
    const unknown = await browser().get(routes.fragment.GET, '/fragments/add-to-cart?sku=ZZ-99-ZZ');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('there is no tractor with the SKU ZZ-99-ZZ');
    expect((await browser().get(routes.fragment.GET, '/fragments/add-to-cart')).status).toBe(400);
  });
});

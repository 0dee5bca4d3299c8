/**
 * POST /checkout/cart/add: the add-to-cart form without JavaScript, through the real handler on a real
 * database; the add-to-cart fragment shows what happened.
 */
import { describe, expect, it } from 'vitest';
import * as add from './route';
import * as addToCartFragment from '@/app/fragments/add-to-cart/route';
import { routeTestBff } from '@/app/__tests__/route-test-bff';

const { browser, db } = routeTestBff();

describe('POST /checkout/cart/add (the form without JavaScript)', () => {
  it('adds, starts a signed cart cookie and sends the shopper back to the product page with a confirmation', async () => {
    const shopper = browser();
    const response = await shopper.post(add.POST, '/cart/add', { sku: 'CL-01-GR' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/product/CL-01?sku=CL-01-GR');
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('c_cart='))).toMatch(/; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    expect(cookies.find((c) => c.startsWith('c_flash='))).toMatch(/^c_flash=added%3ACL-01-GR; Path=\/; Max-Age=20; HttpOnly; SameSite=Lax$/);
    expect(await shopper.basket()).toMatchObject({ quantity: 1, lines: [{ sku: 'CL-01-GR', quantity: 1 }] });

    const fragment = await shopper.get(addToCartFragment.GET, '/fragments/add-to-cart?sku=CL-01-GR');
    expect(await fragment.text()).toContain('Tractor was added. <a href="/checkout/cart">View in basket</a>');
    expect(shopper.jar.has('c_flash')).toBe(false);
    const again = await shopper.get(addToCartFragment.GET, '/fragments/add-to-cart?sku=CL-01-GR');
    expect(await again.text()).not.toContain('Tractor was added');
  });

  it('keeps the confirmation for the page the shopper opens while a page is only fetched ahead of a click', async () => {
    const shopper = browser();
    await shopper.post(add.POST, '/cart/add', { sku: 'CL-01-GR' });
    for (const purpose of ['prefetch', 'prefetch;prerender']) {
      const ahead = await shopper.get(addToCartFragment.GET, '/fragments/add-to-cart?sku=CL-01-GR', { 'sec-purpose': purpose });
      expect(await ahead.text(), purpose).toContain('Tractor was added');
      expect(ahead.headers.getSetCookie(), purpose).toEqual([]);
      expect(shopper.jar.has('c_flash'), purpose).toBe(true);
    }
    const opened = await shopper.get(addToCartFragment.GET, '/fragments/add-to-cart?sku=CL-01-GR');
    expect(await opened.text()).toContain('Tractor was added');
    expect(shopper.jar.has('c_flash')).toBe(false);
  });

  it('shows the confirmation only beside the tractor it is about', async () => {
    const shopper = browser();
    await shopper.post(add.POST, '/cart/add', { sku: 'CL-01-GR' });
    const other = await shopper.get(addToCartFragment.GET, '/fragments/add-to-cart?sku=AU-01-SI');
    expect(await other.text()).not.toContain('Tractor was added');
  });

  it('refuses more than is in stock with a message on the product page, the cart unchanged', async () => {
    const shopper = browser();
    await shopper.post(add.POST, '/cart/add', { sku: 'CL-05-PT' });
    const refused = await shopper.post(add.POST, '/cart/add', { sku: 'CL-05-PT' });
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/product/CL-05?sku=CL-05-PT');
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
    const fragment = await (await shopper.get(addToCartFragment.GET, '/fragments/add-to-cart?sku=CL-05-PT')).text();
    const refusal = 'Sorry, we only have 1 × Countryside Commander Pacific Teal in stock, and your basket cannot hold more than that.';
    expect(fragment).toContain(`<p class="c-add-to-cart__error" role="alert">${refusal}</p>`);
    // With JavaScript the same add goes through the BFF, and is refused in the same words.
    const viaBff = await shopper.rpc('cart.add', { sku: 'CL-05-PT' });
    expect(viaBff.status).toBe(409);
    expect(await viaBff.json()).toMatchObject({ error: { message: refusal } });
  });

  it('answers an unknown or malformed SKU with a 400 that says so, changing nothing', async () => {
    const shopper = browser();
    const unknown = await shopper.post(add.POST, '/cart/add', { sku: 'ZZ-99-ZZ' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('There is no tractor with the SKU ZZ-99-ZZ.');
    const malformed = await shopper.post(add.POST, '/cart/add', { sku: 'nope' });
    expect(malformed.status).toBe(400);
    expect(shopper.jar.size).toBe(0);
  });
});

describe('its form body', () => {
  it('are capped: a 5 MB add-to-cart post is refused with 413 before it is read, and no cart is started', async () => {
    const shopper = browser();
    const carts = await db().cart.count();
    const huge = await shopper.post(add.POST, '/cart/add', { sku: 'CL-01-GR', filler: 'x'.repeat(5 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('Nothing was changed.');
    expect(shopper.jar.size).toBe(0);
    expect(await db().cart.count()).toBe(carts);
  });
});

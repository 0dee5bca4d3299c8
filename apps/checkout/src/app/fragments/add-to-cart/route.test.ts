/**
 * GET /checkout/fragments/add-to-cart: the fragment decide's product page includes, through the real
 * handler on a real database.
 */
import { describe, expect, it } from 'vitest';
import * as addToCartFragment from './route';
import { routeTestBff } from '@/app/__tests__/route-test-bff';

const { browser } = routeTestBff();

describe('GET /checkout/fragments/add-to-cart', () => {
  it('is personal, in its contract root, with price and stock', async () => {
    const response = await browser().get(addToCartFragment.GET, '/fragments/add-to-cart?sku=AU-02-BL');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.text();
    expect(body).toMatch(/^<checkout-add-to-cart data-boundary="checkout" data-sku="AU-02-BL">/);
    expect(body).toContain('4,000 Ø');
    expect(body).toContain('3 in stock, free shipping');
  });

  it('answers an unknown SKU, or none, with a 400 that says so', async () => {
    const unknown = await browser().get(addToCartFragment.GET, '/fragments/add-to-cart?sku=ZZ-99-ZZ');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('there is no tractor with the SKU ZZ-99-ZZ');
    expect((await browser().get(addToCartFragment.GET, '/fragments/add-to-cart')).status).toBe(400);
  });
});

/**
 * POST /checkout/cart/quantity: the quantity controls without JavaScript, through the real handler on a
 * real database.
 */
import { describe, expect, it } from 'vitest';
import * as quantity from './route';
import { routeTestBff } from '@/app/__tests__/route-test-bff';

const { browser } = routeTestBff();

describe('POST /checkout/cart/quantity (the quantity controls without JavaScript)', () => {
  it('sets the quantity from − / + (`set`) or from the field (`quantity`), and goes back to the basket', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const plus = await shopper.post(quantity.POST, '/cart/quantity', { sku: 'AU-01-SI', set: '2', quantity: '1' });
    expect(plus.status).toBe(303);
    expect(plus.headers.get('location')).toBe('/checkout/cart');
    expect(await shopper.basket()).toMatchObject({ quantity: 2 });
    await shopper.post(quantity.POST, '/cart/quantity', { sku: 'AU-01-SI', quantity: '5' });
    expect(await shopper.basket()).toMatchObject({ quantity: 5 });
  });

  it('sends a change beyond stock back to the basket with a note, nothing changed', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-02-OG' });
    const response = await shopper.post(quantity.POST, '/cart/quantity', { sku: 'AU-02-OG', quantity: '50' });
    expect(response.headers.get('location')).toBe('/checkout/cart?notice=stock-limit&sku=AU-02-OG');
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
  });

  it('answers nonsense with a 400 naming the problem', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const response = await shopper.post(quantity.POST, '/cart/quantity', { sku: 'AU-01-SI', quantity: 'lots' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('The quantity was not changed: quantity: the quantity is a number');
  });
});

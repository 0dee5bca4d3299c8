/**
 * POST /checkout/orders: the order form, through the real handler on a real database.
 */
import { describe, expect, it } from 'vitest';
import { orderForm } from '@/server/testing';
import * as orders from './route';
import { routeTestBff } from '@/app/__tests__/route-test-bff';

const { browser, db } = routeTestBff();

describe('POST /checkout/orders', () => {
  it('places the order and sends the shopper to the thanks page, remembering the order', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-07-YE' });
    const form = orderForm();
    const response = await shopper.post(orders.POST, '/orders', form);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/checkout/thanks');
    expect(response.headers.getSetCookie().find((c) => c.startsWith('c_order='))).toMatch(/; Path=\/checkout; Max-Age=3600; HttpOnly; SameSite=Lax$/);
    expect(await shopper.basket()).toMatchObject({ quantity: 0 });

    const again = await shopper.post(orders.POST, '/orders', form);
    expect(again.headers.get('location')).toBe('/checkout/thanks');
    expect(await db().order.count({ where: { idempotencyKey: form.idempotencyKey } })).toBe(1);
  });

  it('sends an empty basket back to the basket with a note', async () => {
    const response = await browser().post(orders.POST, '/orders', orderForm());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/checkout/cart?notice=empty-cart');
  });

  it('sends a basket that sold out meanwhile back to the basket, saying which tractor', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'CL-13-BL' });
    await db().variant.update({ where: { sku: 'CL-13-BL' }, data: { inventory: 0 } });
    const response = await shopper.post(orders.POST, '/orders', orderForm());
    expect(response.headers.get('location')).toBe('/checkout/cart?notice=sold-out&sku=CL-13-BL');
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
  });

  it('validates again on the server: 400 naming the problem', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const response = await shopper.post(orders.POST, '/orders', orderForm({ storeId: '' }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('storeId: choose a store');
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
  });

  it('refuses a store checkout does not know: 400 saying so, nothing ordered', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const before = await db().order.count();
    const response = await shopper.post(orders.POST, '/orders', orderForm({ storeId: 'store-z' }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('We cannot take orders for pick-up at the store “store-z”');
    expect(await db().order.count()).toBe(before);
    expect(await shopper.basket()).toMatchObject({ quantity: 1 });
  });
});

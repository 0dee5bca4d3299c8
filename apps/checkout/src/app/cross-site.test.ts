/**
 * Every state-changing entry point of checkout refuses a cross-site request, through the real handlers
 * on a real database.
 */
import { describe, expect, it } from 'vitest';
import { orderForm } from '@/server/testing';
import * as add from '@/app/cart/add/route';
import * as remove from '@/app/cart/remove/route';
import * as quantity from '@/app/cart/quantity/route';
import * as orders from '@/app/orders/route';
import { routeTestBff } from '@/app/__tests__/route-test-bff';

const { browser, db } = routeTestBff();

describe('cross-site requests', () => {
  const evil = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

  it('are refused with 403 by every state-changing endpoint, and change nothing', async () => {
    const shopper = browser();
    await shopper.rpc('cart.add', { sku: 'AU-01-SI' });
    const before = await db().order.count();
    const attempts = [
      await shopper.post(add.POST, '/cart/add', { sku: 'CL-01-GR' }, evil),
      await shopper.post(remove.POST, '/cart/remove', { sku: 'AU-01-SI' }, evil),
      await shopper.post(quantity.POST, '/cart/quantity', { sku: 'AU-01-SI', quantity: '3' }, evil),
      await shopper.post(orders.POST, '/orders', orderForm(), evil),
      await shopper.rpc('cart.add', { sku: 'CL-01-GR' }, evil),
      await shopper.rpc('cart.remove', { sku: 'AU-01-SI' }, { origin: 'https://evil.example' }),
      await shopper.rpc('cart.setQuantity', { sku: 'AU-01-SI', quantity: 3 }, evil),
      await shopper.rpc('order.place', orderForm(), { 'sec-fetch-site': 'same-site' }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    expect(await shopper.basket()).toMatchObject({ quantity: 1, lines: [{ sku: 'AU-01-SI' }] });
    expect(await db().order.count()).toBe(before);
  });
});

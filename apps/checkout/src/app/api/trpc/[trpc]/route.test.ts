/**
 * The BFF as the browser meets it at /checkout/api/trpc, and the signed cart cookie every entry point
 * reads: a tampered one never reaches another shopper's cart.
 */
import { describe, expect, it } from 'vitest';
import * as add from '@/app/cart/add/route';
import * as remove from '@/app/cart/remove/route';
import * as miniCart from '@/app/fragments/mini-cart/route';
import { routeTestBff } from '@/app/__tests__/route-test-bff';

const { browser } = routeTestBff();

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

describe('a tampered or unknown cart cookie', () => {
  it('quietly starts a new cart and never reveals or changes the one it pointed at', async () => {
    const owner = browser();
    await owner.post(add.POST, '/cart/add', { sku: 'AU-01-SI' });
    const signed = owner.jar.get('c_cart') ?? '';
    const ownerId = decodeURIComponent(signed).split('.')[0] ?? '';

    const attacker = browser();
    attacker.jar.set('c_cart', encodeURIComponent(`${ownerId}.forged-signature`));
    expect(await attacker.basket()).toEqual({ lines: [], quantity: 0, total: 0 });
    const mini = await (await attacker.get(miniCart.GET, '/fragments/mini-cart')).text();
    expect(mini).toContain('data-count="0"');

    const added = await attacker.rpc('cart.add', { sku: 'CL-01-GR' });
    expect(added.status).toBe(200);
    expect(attacker.jar.get('c_cart')).not.toContain(ownerId);
    expect(await attacker.basket()).toMatchObject({ quantity: 1, lines: [{ sku: 'CL-01-GR' }] });
    expect(await owner.basket()).toMatchObject({ quantity: 1, lines: [{ sku: 'AU-01-SI' }] });

    const removal = await attacker.post(remove.POST, '/cart/remove', { sku: 'AU-01-SI' });
    expect(removal.status).toBe(303);
    expect(await owner.basket()).toMatchObject({ quantity: 1 });
  });
});

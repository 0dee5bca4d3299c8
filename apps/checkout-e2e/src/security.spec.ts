import { expect, test } from '@tractor/e2e';
import { addFromProductPage, miniCart } from './shopper';

test.describe('checkout refuses what it must', () => {
  test('a cross-site POST to any state-changing endpoint is a 403, and nothing changes', async ({ page }) => {
    await addFromProductPage(page, 'CL-07', 'CL-07-GR');
    const evil = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    const attempts = [
      page.request.post('/checkout/cart/add', { form: { sku: 'CL-08-PI' }, headers: evil }),
      page.request.post('/checkout/cart/remove', { form: { sku: 'CL-07-GR' }, headers: evil }),
      page.request.post('/checkout/orders', {
        form: { idempotencyKey: crypto.randomUUID(), firstName: 'Eve', lastName: 'Mallory', storeId: 'store-a' },
        headers: evil,
      }),
      page.request.post('/checkout/api/trpc/cart.add', { data: { sku: 'CL-08-PI' }, headers: { origin: 'https://evil.example' } }),
      page.request.post('/checkout/api/trpc/cart.remove', { data: { sku: 'CL-07-GR' }, headers: { 'sec-fetch-site': 'same-site' } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status(), response.url()).toBe(403);
      expect(await response.text()).toContain('Cross-site request refused');
    }
    await page.goto('/checkout/cart');
    await expect(page.getByRole('link', { name: 'Greenland Rover Forest Fern' })).toBeVisible();
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 1 item in your basket');
  });

  test('a tampered cart cookie quietly starts a new, empty basket', async ({ page, context }) => {
    await addFromProductPage(page, 'CL-09', 'CL-09-BL');
    const [cart] = (await context.cookies()).filter((c) => c.name === 'c_cart');
    expect(cart?.httpOnly).toBe(true);
    expect(cart?.sameSite).toBe('Lax');
    const [id] = decodeURIComponent(cart?.value ?? '').split('.');
    // Same name, host and path: the browser replaces the real cookie with the forged one.
    await context.addCookies([{ name: 'c_cart', value: `${id}.forged`, url: new URL('/', page.url()).href }]);
    expect((await context.cookies()).filter((c) => c.name === 'c_cart')).toHaveLength(1);

    const response = await page.goto('/checkout/cart');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('Your basket is empty')).toBeVisible();
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 0 items in your basket');
  });

  test('an unknown SKU posted to the form is a 400 that says so', async ({ page }) => {
    const response = await page.request.post('/checkout/cart/add', { form: { sku: 'ZZ-99-ZZ' } });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain('There is no tractor with the SKU ZZ-99-ZZ.');
  });
});

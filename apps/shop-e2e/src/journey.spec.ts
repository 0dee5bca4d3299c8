import { expect, test } from '@tractor/e2e';

test.describe('a shopper crossing all three contexts', () => {
  test('home → machines → product → basket, each page served by its own context', async ({ page }) => {
    const home = await page.goto('/');
    expect(home?.status()).toBe(200);
    expect(home?.headers()['x-context']).toBe('explore');
    await expect(page.locator('body > [data-boundary="explore"]')).toBeVisible();

    await page.getByRole('link', { name: 'Machines' }).first().click();
    await expect(page).toHaveURL(/\/products$/);
    await expect(page.getByRole('heading', { level: 1, name: 'All Machines' })).toBeVisible();
    await expect(page.getByText('23 products')).toBeVisible();

    const first = page.getByRole('link', { name: /Heritage Workhorse/ });
    await first.click();
    await expect(page).toHaveURL(/\/product\/CL-01$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Heritage Workhorse' })).toBeVisible();
    await expect(page.locator('body > [data-boundary="decide"]')).toBeVisible();

    const basket = await page.goto('/checkout/cart');
    expect(basket?.status()).toBe(200);
    expect(basket?.headers()['x-context']).toBe('checkout');
    await expect(page.getByRole('heading', { level: 1, name: 'Basket' })).toBeVisible();
    await expect(page.getByText('Your basket is empty')).toBeVisible();
    await expect(page.locator('body > [data-boundary="checkout"]')).toBeVisible();
  });

  test('unknown pages are a 404 from the context that owns the path', async ({ page }) => {
    for (const [path, context] of [
      ['/no-such-page', 'explore'],
      ['/products/no-such-category', 'explore'],
      ['/product/CL-99', 'decide'],
      ['/product/not-an-id', 'decide'],
      ['/checkout/no-such-page', 'checkout'],
      ['/checkoutx', 'explore'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(response?.headers()['x-context'], path).toBe(context);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('does not exist');
    }
  });

  test('a malformed BFF call is a 400 that names the problem', async ({ request }) => {
    const input = encodeURIComponent(JSON.stringify({ id: 'not-an-id' }));
    const response = await request.get(`/product/api/trpc/product.byId?input=${input}`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(JSON.stringify(body)).toContain('CL-01');
  });
});

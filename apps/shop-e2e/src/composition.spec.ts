import type { Page } from '@playwright/test';
import { fragments, fragmentPath, type FragmentId } from '@tractor/contracts';
import { expect, pause, test } from '@tractor/e2e';
import { elementsFromBuild } from './elements-from-build';
import { offset } from './suite';

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('fragments', () => {
  test('every page carries explore’s header and footer, with checkout’s mini cart nested in the header', async ({ page }) => {
    for (const path of ['/', '/products', '/product/CL-01', '/checkout/cart']) {
      await page.goto(path);
      const header = page.locator('explore-header[data-boundary="explore"]');
      await expect(header.getByRole('link', { name: 'Machines' }), path).toBeVisible();
      await expect(header.locator('checkout-mini-cart[data-boundary="checkout"]').getByRole('link', { name: /^Basket, 0 items/ })).toBeVisible();
      await expect(page.locator('explore-footer[data-boundary="explore"]')).toBeVisible();
    }
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/product/CL-01');
    await expect(page.getByRole('heading', { level: 1, name: 'Heritage Workhorse' })).toBeVisible();
    await expect(page.locator('checkout-mini-cart').getByRole('link', { name: /^Basket/ })).toHaveAttribute('href', '/checkout/cart');
    await expect(page.locator('explore-footer').getByRole('link', { name: 'Stores' })).toBeVisible();
    await context.close();
  });

  const served: FragmentId[] = ['explore/header', 'explore/footer', 'checkout/mini-cart'];
  for (const id of served) {
    test(`contract: ${id} is served in its root element with its boundary`, async ({ request }) => {
      const { context, name, personal } = fragments[id];
      const response = await request.get(fragmentPath(context, name));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/html');
      expect(response.headers()['cache-control']).toContain(personal ? 'no-store' : 'public');
      expect(await response.text()).toMatch(new RegExp(`^<${context}-${name} data-boundary="${context}"[^>]*>[\\s\\S]*</${context}-${name}>$`));
    });
  }

  test('a fragment asked for with bad inputs is a 400', async ({ request }) => {
    const response = await request.get('/explore/fragments/header?compact=yes');
    expect(response.status()).toBe(400);
  });
});

test.describe('when a context stops answering', () => {
  test('explore and decide pages still render, with the mini cart degraded, and it fills when checkout returns', async ({ page }) => {
    const errors = watchErrors(page);
    // A shopper with a basket: their mini cart is personal, so it comes from checkout on every view.
    expect((await page.request.post('/checkout/cart/add', { form: { sku: 'CL-01-GY' }, maxRedirects: 0 })).status()).toBe(303);
    const resume = pause('checkout', offset);
    try {
      for (const path of ['/', '/products', '/products/classic', '/stores', '/product/CL-01']) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('explore-header').getByRole('link', { name: 'Machines' })).toBeVisible();
        await expect(page.locator('explore-footer')).toBeVisible();
        const miniCart = page.locator('checkout-mini-cart');
        await expect(miniCart).toHaveAttribute('data-fragment-src', '/checkout/fragments/mini-cart');
        await expect(miniCart).toHaveText('');
      }
    } finally {
      resume();
    }
    // The page left with a placeholder fills it in the browser once checkout answers again.
    await expect(page.locator('checkout-mini-cart').getByRole('link', { name: /^Basket, 1 item/ })).toBeVisible({ timeout: 15_000 });
    // And the next page gets it from the server again, with no restart of anything.
    await page.reload();
    await expect(page.locator('checkout-mini-cart:not([data-fragment-src])').getByRole('link', { name: /^Basket/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('decide’s product page renders its own content while explore is down, with the header it cached', async ({ page }) => {
    const errors = watchErrors(page);
    // The header is public: once decide has it, it keeps serving it (stale) while explore is away.
    await page.goto('/product/CL-01');
    const resume = pause('explore', offset);
    try {
      await elementsFromBuild(page, 'explore');
      const response = await page.goto('/product/AU-02?sku=AU-02-BL');
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'SmartFarm Titan' })).toBeVisible();
      await expect(page.getByText('Colour: Cosmic Sapphire')).toBeVisible();
      await expect(page.locator('explore-header').getByRole('link', { name: 'Machines' })).toBeVisible();
      await expect(page.locator('checkout-mini-cart').getByRole('link', { name: /^Basket/ })).toBeVisible();
    } finally {
      resume();
    }
    expect(errors).toEqual([]);
  });
});

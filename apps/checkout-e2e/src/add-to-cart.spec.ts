import { expect, test } from '@tractor/e2e';
import { addFromProductPage, miniCart } from './shopper';

test.describe('add to cart on the product page', () => {
  test('with JavaScript: stays on the page, confirms, and the mini cart counts up and highlights', async ({ page }) => {
    await page.goto('/product/CL-01?sku=CL-01-GR');
    const fragment = page.locator('checkout-add-to-cart[data-boundary="checkout"]');
    await expect(fragment.getByText('5,700 Ø')).toBeVisible();
    await expect(fragment.getByText('8 in stock, free shipping')).toBeVisible();
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 0 items in your basket');

    const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/checkout/api/trpc/cart.add'));
    await fragment.getByRole('button', { name: 'add to basket' }).click();
    await posted;
    await expect(fragment.getByRole('status')).toHaveText('Tractor was added. View in basket');
    await expect(page).toHaveURL(/\/product\/CL-01\?sku=CL-01-GR$/);
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 1 item in your basket');

    await fragment.getByRole('button', { name: 'add to basket' }).click();
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 2 items in your basket');
    await fragment.getByRole('link', { name: 'View in basket' }).click();
    await expect(page).toHaveURL(/\/checkout\/cart$/);
    await expect(page.getByRole('spinbutton', { name: 'Quantity of Heritage Workhorse Verdant Field' })).toHaveValue('2');
  });

  test('contract: adding announces checkout:cart-updated with the basket quantity', async ({ page }) => {
    await page.goto('/product/AU-01?sku=AU-01-SI');
    const announced = page.evaluate(
      () => new Promise<unknown>((resolve) => window.addEventListener('checkout:cart-updated', (event) => resolve((event as CustomEvent).detail), { once: true })),
    );
    await page.locator('checkout-add-to-cart').getByRole('button', { name: 'add to basket' }).click();
    expect(await announced).toEqual({ quantity: 1 });
  });

  test('the mini cart plays its highlight when checkout says the basket changed', async ({ page }) => {
    await page.goto('/product/AU-01?sku=AU-01-SI');
    const highlighted = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const observer = new MutationObserver(() => {
            if (document.querySelector('checkout-mini-cart .c-mini-cart--updated')) resolve(true);
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        }),
    );
    await page.locator('checkout-add-to-cart').getByRole('button', { name: 'add to basket' }).click();
    expect(await highlighted).toBe(true);
  });

  test('refuses more than is in stock with a clear message, the basket unchanged', async ({ page }) => {
    // CL-02-BL has one in stock.
    await addFromProductPage(page, 'CL-02', 'CL-02-BL');
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 1 item in your basket');
    const fragment = page.locator('checkout-add-to-cart');
    await fragment.getByRole('button', { name: 'add to basket' }).click();
    await expect(fragment.getByRole('alert')).toHaveText(
      'Sorry, we only have 1 × Falcon Crest Farm Cerulean Classic in stock, and your basket cannot hold more than that.',
    );
    await expect(fragment.getByRole('status')).toHaveText('');
    await page.reload();
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 1 item in your basket');
  });

  test('says "out of stock" and disables the button for a sold-out variant', async ({ page }) => {
    await page.goto('/product/CL-04?sku=CL-04-TQ');
    const fragment = page.locator('checkout-add-to-cart');
    await expect(fragment.getByText('out of stock', { exact: true })).toBeVisible();
    await expect(fragment.getByRole('button', { name: 'add to basket' })).toBeDisabled();
  });

  test('without JavaScript: a real form post, back on the product page with a visible confirmation', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/product/AU-02?sku=AU-02-OG');
    const fragment = page.locator('checkout-add-to-cart');
    await expect(fragment.locator('form')).toHaveAttribute('method', 'post');
    await expect(fragment.locator('form')).toHaveAttribute('action', '/checkout/cart/add');
    const response = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/checkout/cart/add'));
    await fragment.getByRole('button', { name: 'add to basket' }).click();
    expect((await response).status()).toBe(303);
    await expect(page).toHaveURL(/\/product\/AU-02\?sku=AU-02-OG$/);
    await expect(page.locator('checkout-add-to-cart').getByRole('status')).toHaveText('Tractor was added. View in basket');
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 1 item in your basket');

    await page.goto('/checkout/cart');
    await expect(page.getByRole('link', { name: 'SmartFarm Titan Sunset Copper' })).toHaveAttribute('href', '/product/AU-02?sku=AU-02-OG');
    await page.getByRole('button', { name: 'Remove SmartFarm Titan Sunset Copper from cart' }).click();
    await expect(page).toHaveURL(/\/checkout\/cart$/);
    await expect(page.getByText('Your basket is empty')).toBeVisible();
    await context.close();
  });

  test('contract: the fragment is personal, in its root element, and a 400 for an unknown SKU', async ({ request }) => {
    const response = await request.get('/checkout/fragments/add-to-cart?sku=CL-01-GR');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(await response.text()).toMatch(/^<checkout-add-to-cart data-boundary="checkout" data-sku="CL-01-GR">[\s\S]*<\/checkout-add-to-cart>$/);
    const unknown = await request.get('/checkout/fragments/add-to-cart?sku=ZZ-99-ZZ');
    expect(unknown.status()).toBe(400);
    expect(await unknown.text()).toContain('there is no tractor with the SKU ZZ-99-ZZ');
    expect((await request.get('/checkout/fragments/add-to-cart?sku=<b>')).status()).toBe(400);
  });
});

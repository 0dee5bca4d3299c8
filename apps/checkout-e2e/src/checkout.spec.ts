import { expect, test } from '@tractor/e2e';
import { addFromProductPage, announceStore, miniCart } from './shopper';

test.describe('checkout', () => {
  test('product → add → basket → checkout → thanks, and the basket is empty afterwards', async ({ page }) => {
    await addFromProductPage(page, 'AU-03', 'AU-03-TQ');
    await addFromProductPage(page, 'CL-06', 'CL-06-YE');
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 2 items in your basket');

    await miniCart(page).click();
    await expect(page).toHaveURL(/\/checkout\/cart$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Basket' })).toBeVisible();
    const line = page.getByRole('listitem').filter({ hasText: 'FutureHarvest Navigator Turquoise Titan' });
    await expect(line.getByRole('link', { name: 'FutureHarvest Navigator Turquoise Titan' })).toHaveAttribute('href', '/product/AU-03?sku=AU-03-TQ');
    await expect(line).toContainText('SKU AU-03-TQ');
    await expect(line.locator('svg').first()).toBeVisible();
    await expect(page.getByText('Total', { exact: true }).locator('..')).toContainText('4,400 Ø');

    await page.getByRole('link', { name: 'Checkout' }).click();
    await expect(page).toHaveURL(/\/checkout\/checkout$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
    await expect(page.locator('explore-header')).toBeVisible();
    await expect(page.locator('checkout-mini-cart')).toHaveCount(0);

    const place = page.getByRole('button', { name: 'place order' });
    await expect(place).toBeDisabled();
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill('Lovelace');
    await expect(place).toBeDisabled();
    await expect(page.getByLabel('Store ID')).toHaveAttribute('readonly', '');
    await announceStore(page);
    await expect(page.getByLabel('Store ID')).toHaveValue('store-a');
    await page.getByLabel('First name').fill('');
    await expect(place).toBeDisabled();
    await page.getByLabel('First name').fill('Ada');
    await expect(place).toBeEnabled();

    await place.click();
    await expect(page).toHaveURL(/\/checkout\/thanks$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Thanks for your order!' })).toBeVisible();
    await expect(page.getByText('1 × FutureHarvest Navigator Turquoise Titan')).toBeVisible();
    await expect(page.getByText('Total', { exact: true }).locator('..')).toContainText('4,400 Ø');
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 0 items in your basket');

    await page.goto('/checkout/cart');
    await expect(page.getByText('Your basket is empty')).toBeVisible();
  });

  test('the store picker from explore fills the Store ID', async ({ page }) => {
    await addFromProductPage(page, 'AU-05', 'AU-05-ZH');
    await page.goto('/checkout/checkout');
    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill('Hopper');
    await page.getByRole('button', { name: 'Choose a store' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^Select Big Micro Machines/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Store ID')).toHaveValue('store-b');
    await page.getByRole('button', { name: 'place order' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thanks for your order!' })).toBeVisible();
  });

  test('a store checkout does not take orders for: the form says so and will not submit', async ({ page }) => {
    await addFromProductPage(page, 'AU-05', 'AU-05-ZH');
    await page.goto('/checkout/checkout');
    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill('Hopper');
    await announceStore(page, { id: 'store-z', name: 'Zeppelin Hangar' });
    const problem = page.getByRole('alert').filter({ hasText: 'We cannot take orders' });
    await expect(problem).toHaveText('We cannot take orders for pick-up at Zeppelin Hangar yet: please choose another store.');
    await expect(page.getByRole('button', { name: 'place order' })).toBeDisabled();
    await announceStore(page, { id: 'store-c', name: 'Central Mall' });
    await expect(problem).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'place order' })).toBeEnabled();
  });

  test('an empty basket at checkout leads back to the basket with a note', async ({ page }) => {
    await page.goto('/checkout/checkout');
    await expect(page).toHaveURL(/\/checkout\/cart\?notice=empty-cart$/);
    await expect(page.getByRole('status')).toHaveText('Your basket is empty, so there is nothing to check out yet.');
  });

  test('removing a line updates the basket and the mini cart in place', async ({ page }) => {
    await addFromProductPage(page, 'AU-07', 'AU-07-MT');
    await addFromProductPage(page, 'CL-03', 'CL-03-GR');
    await page.goto('/checkout/cart');
    await page.getByRole('button', { name: 'Remove Falcon Crest Work Meadow Green from cart' }).click();
    await expect(page.getByRole('link', { name: 'Falcon Crest Work Meadow Green' })).toHaveCount(0);
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 1 item in your basket');
    await page.reload();
    await expect(page.getByRole('link', { name: 'Falcon Crest Work Meadow Green' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Verde Voyager Glacial Mint' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Remove .* from cart$/ })).toHaveCount(1);
  });

  test('the thanks page draws its own confetti, and none for shoppers who ask for less motion', async ({ browser }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ reducedMotion, viewport: { width: 1000, height: 700 } });
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).host));
      await page.goto('/checkout/thanks');
      await expect(page.getByRole('heading', { level: 1, name: 'Thanks for your order!' })).toBeVisible();
      // The canvas is sized to the window only when it is going to draw.
      await expect(page.getByTestId('confetti')).toHaveJSProperty('width', reducedMotion === 'reduce' ? 300 : 1000);
      expect(new Set(scripts)).toEqual(new Set([new URL(page.url()).host]));
      await context.close();
    }
  });
});

import { expect, test } from '@tractor/e2e';

test('a new shopper sees an empty basket', async ({ page }) => {
  const response = await page.goto('/checkout/cart');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Basket' })).toBeVisible();
  await expect(page.getByText('Your basket is empty')).toBeVisible();
});

test('/checkout leads to the basket', async ({ page }) => {
  await page.goto('/checkout');
  await expect(page).toHaveURL(/\/checkout\/cart$/);
});

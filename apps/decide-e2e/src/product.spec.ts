import { expect, test } from '@playwright/test';

test('the product page shows the product and its selected variant', async ({ page }) => {
  const response = await page.goto('/product/CL-01?sku=CL-01-GY');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Heritage Workhorse' })).toBeVisible();
  await expect(page.getByText('Colour: Stormy Sky')).toBeVisible();
});

test('an unknown product is a 404', async ({ page }) => {
  const response = await page.goto('/product/CL-99');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('does not exist');
});

import { expect, test } from '@playwright/test';

test('the machines listing and its categories', async ({ page }) => {
  for (const [path, title, count] of [
    ['/products', 'All Machines', 23],
    ['/products/classic', 'Classics', 15],
    ['/products/autonomous', 'Autonomous', 8],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(`${count} products`)).toBeVisible();
  }
});

test('an unknown category is a 404', async ({ page }) => {
  const response = await page.goto('/products/vintage');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('does not exist');
});

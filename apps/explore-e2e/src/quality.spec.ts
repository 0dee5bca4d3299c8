import { expect, test } from '@tractor/e2e';

const pages = ['/', '/products', '/products/classic', '/products/autonomous', '/stores'];

test('every page has one h1, a title and a description', async ({ page }) => {
  for (const path of [...pages, '/products/vintage']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    expect(await page.title(), path).toMatch(/The Tractor Store/);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute('content', /\w/);
  }
});

test('fits a 360 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of pages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
});

test('pictures keep their place while loading: nothing shifts', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift, path).toBeLessThan(0.05);
  }
});

test('keyboard focus is visible on product cards', async ({ page }) => {
  await page.goto('/products/autonomous');
  const first = page.locator('main li:has(h2)').first();
  const link = first.getByRole('link');
  for (let i = 0; i < 20 && !(await link.evaluate((node) => node === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await first.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/product\/AU-04$/);
});

test('works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recommendations' }).getByRole('link')).toHaveCount(4);
  await page.getByRole('link', { name: 'Autonomous Tractors' }).click();
  await expect(page.getByText('8 products')).toBeVisible();
  await page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: 'Classics' }).click();
  await expect(page.getByText('15 products')).toBeVisible();
  await page.locator('explore-header').getByRole('link', { name: 'Stores' }).click();
  await expect(page.locator('main address')).toHaveCount(4);
  await context.close();
});

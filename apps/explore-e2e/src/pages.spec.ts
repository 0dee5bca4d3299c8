import type { Page } from '@playwright/test';
import { expect, test } from '@tractor/e2e';

const price = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** Every `<img>` reserves its space and describes itself; every picture it points to is served. */
async function expectPictures(page: Page) {
  const images = await page.locator('main img').evaluateAll((nodes) =>
    nodes.map((node) => ({ src: node.getAttribute('src') ?? '', width: node.getAttribute('width'), height: node.getAttribute('height'), alt: node.getAttribute('alt') })),
  );
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    expect(image.width, image.src).toMatch(/^\d+$/);
    expect(image.height, image.src).toMatch(/^\d+$/);
    expect(image.alt?.length, image.src).toBeGreaterThan(3);
    expect(image.src).toMatch(/^\/explore\/images\//);
    const response = await page.request.get(image.src);
    expect(response.status(), image.src).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
  }
}

test.describe('home', () => {
  test('invites into the two categories and recommends colours like CL-01-GY and AU-07-MT', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/The Tractor Store/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /tractor|machines/i);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

    const classic = page.getByRole('link', { name: 'Classic Tractors' });
    const autonomous = page.getByRole('link', { name: 'Autonomous Tractors' });
    await expect(classic).toHaveAttribute('href', '/products/classic');
    await expect(autonomous).toHaveAttribute('href', '/products/autonomous');
    await expect(page.getByRole('img', { name: /classic tractor/i }).first()).toBeVisible();

    const recommendations = page.getByRole('region', { name: 'Recommendations' });
    await expect(recommendations.getByRole('heading', { name: 'Recommendations' })).toBeVisible();
    const links = recommendations.getByRole('link');
    await expect(links).toHaveCount(4);
    const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    expect(hrefs).toEqual(['/product/AU-01?sku=AU-01-SI', '/product/CL-11?sku=CL-11-SK', '/product/CL-08?sku=CL-08-GR', '/product/CL-10?sku=CL-10-SD']);
    await expect(recommendations.getByRole('img', { name: 'Scandinavia Sower in Baltic Blue' })).toBeVisible();
    await expectPictures(page);

    await classic.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Classics' })).toBeVisible();
  });
});

test.describe('machines', () => {
  for (const [path, title, count] of [
    ['/products', 'All Machines', 23],
    ['/products/classic', 'Classics', 15],
    ['/products/autonomous', 'Autonomous', 8],
  ] as const) {
    test(`${path} lists ${count} products, highest start price first`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page).toHaveTitle(`${title} · The Tractor Store`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByText(`${count} products`)).toBeVisible();

      const cards = page.locator('main li:has(h2)');
      await expect(cards).toHaveCount(count);
      const prices = (await cards.getByText(/^from /).allTextContents()).map(price);
      expect(prices).toEqual([...prices].sort((a, b) => b - a));
      expect((await cards.getByText(/^from /).allTextContents()).every((text) => /^from [\d,]+ Ø$/.test(text))).toBe(true);
      for (const link of await cards.getByRole('link').all()) {
        await expect(link).toHaveAttribute('href', /^\/product\/(CL|AU)-\d{2}$/);
      }

      const filters = page.getByRole('navigation', { name: 'Filter by category' });
      await expect(filters.locator('[aria-current="page"]')).toHaveText(title === 'All Machines' ? 'All' : title);
      await expect(filters.getByRole('link')).toHaveCount(2);
      await expectPictures(page);
    });
  }

  test('a card shows name, picture and start price, and leads to the product', async ({ page }) => {
    await page.goto('/products');
    const card = page.locator('main li', { has: page.getByRole('heading', { name: 'Heritage Workhorse' }) });
    await expect(card.getByRole('img', { name: 'Heritage Workhorse in Verdant Field' })).toBeVisible();
    await expect(card.getByText('from 5,700 Ø')).toBeVisible();
    // The name's link covers the whole card, picture included.
    const picture = await card.getByRole('img').boundingBox();
    await page.mouse.click((picture?.x ?? 0) + 40, (picture?.y ?? 0) + 40);
    await expect(page).toHaveURL(/\/product\/CL-01$/);
  });

  test('the filters move between categories', async ({ page }) => {
    await page.goto('/products');
    await page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: 'Autonomous' }).click();
    await expect(page).toHaveURL(/\/products\/autonomous$/);
    await expect(page.getByText('8 products')).toBeVisible();
    await page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: 'All' }).click();
    await expect(page.getByText('23 products')).toBeVisible();
  });

  test('an unknown category is a 404', async ({ page }) => {
    const response = await page.goto('/products/vintage');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('does not exist');
    await expect(page.locator('explore-footer')).toBeVisible();
  });
});

test('the stores page shows the four stores with name, address and picture', async ({ page }) => {
  const response = await page.goto('/stores');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('Stores · The Tractor Store');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our Stores');
  const stores = page.locator('main li');
  await expect(stores).toHaveCount(4);
  await expect(stores.getByRole('heading', { level: 2 })).toHaveText(['Aurora Flagship Store', 'Big Micro Machines', 'Central Mall', 'Downtown Model Store']);
  await expect(stores.nth(0).locator('address')).toHaveText(/Astronaut Way 1\s*Arlington/);
  await expect(stores.nth(3).locator('address')).toHaveText(/Duck Street 4\s*Davenport/);
  await expect(page.getByRole('img', { name: /^Central Mall: a shopping centre/ })).toBeVisible();
  await expectPictures(page);
});

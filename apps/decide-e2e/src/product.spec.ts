import { expect, test } from '@tractor/e2e';
import { expectSelected, productPage } from './product-page';

test.describe('the product page', () => {
  test('shows the product, its highlights and the variant named in the URL', async ({ page }) => {
    const response = await page.goto('/product/CL-01?sku=CL-01-GY');
    expect(response?.status()).toBe(200);
    await expectSelected(page, 'Heritage Workhorse', 'Stormy Sky');
    await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(3);
    await expect(productPage(page).picture).toHaveAttribute('width', /^\d+$/);
    await expect(productPage(page).picture).toHaveAttribute('height', /^\d+$/);
    await expect(page.locator('explore-header')).toBeAttached();
    await expect(page.locator('explore-footer')).toBeAttached();
  });

  test('selects the first variant without a SKU, or with one of another product, and says so in the canonical URL', async ({ page }) => {
    for (const path of ['/product/CL-01', '/product/CL-01?sku=AU-02-BL', '/product/CL-01?sku=CL-01-XX', '/product/CL-01?sku=%3Cb%3E']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectSelected(page, 'Heritage Workhorse', 'Verdant Field');
      await expect(productPage(page).canonical, path).toHaveAttribute('href', /\/product\/CL-01\?sku=CL-01-GR$/);
    }
  });

  test('has a title, description and canonical URL for each variant', async ({ page }) => {
    for (const [sku, name, price] of [
      ['AU-02-OG', 'Sunset Copper', '4,100 Ø'],
      ['AU-02-BL', 'Cosmic Sapphire', '4,000 Ø'],
    ] as const) {
      await page.goto(`/product/AU-02?sku=${sku}`);
      await expect(page).toHaveTitle(`SmartFarm Titan in ${name} · The Tractor Store`);
      await expect(productPage(page).description).toHaveAttribute('content', new RegExp(`^SmartFarm Titan in ${name}, ${price}\\. Advanced autopilot`));
      await expect(productPage(page).canonical).toHaveAttribute('href', new RegExp(`^https?://[^/]+/product/AU-02\\?sku=${sku}$`));
    }
  });

  test('shows highlights the reference data spells "highlightsa"', async ({ page }) => {
    await page.goto('/product/AU-01');
    await expect(page.getByRole('list', { name: 'Highlights' })).toContainText('Precision GPS mapping optimizes field coverage.');
  });

  test('an unknown product is a 404 with the site’s 404 page', async ({ page }) => {
    for (const path of ['/product/CL-99', '/product/not-an-id', '/product/CL-99?sku=CL-99-GR']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('does not exist');
      await expect(page).toHaveTitle('Product not found · The Tractor Store');
      await expect(page.locator('explore-header')).toBeAttached();
      await expect(page.getByRole('link', { name: 'Browse all machines' })).toHaveAttribute('href', '/products');
    }
  });
});

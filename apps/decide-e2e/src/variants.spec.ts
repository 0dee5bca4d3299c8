import { expect, test } from '@tractor/e2e';
import { expectAddToCart, expectRecommendations } from './fragments';
import { expectSelected, hydrated, productPage } from './product-page';

test.describe('switching variants', () => {
  test('works without JavaScript: each swatch is a link to its variant', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/product/AU-02');
    await expectSelected(page, 'SmartFarm Titan', 'Sunset Copper');
    await expect(productPage(page).swatch('Cosmic Sapphire')).toHaveAttribute('href', '/product/AU-02?sku=AU-02-BL');

    await productPage(page).swatch('Cosmic Sapphire').click();
    await expect(page).toHaveURL(/\/product\/AU-02\?sku=AU-02-BL$/);
    await expectSelected(page, 'SmartFarm Titan', 'Cosmic Sapphire');
    await expect(page).toHaveTitle('SmartFarm Titan in Cosmic Sapphire · The Tractor Store');
    await expectAddToCart(page, context.request, { sku: 'AU-02-BL', price: '4,000 Ø', javaScript: false });
    await expectRecommendations(page, context.request, { sku: 'AU-02-BL', javaScript: false });
    await context.close();
  });

  test('with JavaScript, updates the page in place, keeps the URL in sync and Back working', async ({ page, request }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/product/AU-02?sku=AU-02-BL');
    await hydrated(page);
    // Survives only if the document is never reloaded.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const sameDocument = () => page.evaluate(() => 'sameDocument' in window);

    await productPage(page).swatch('Sunset Copper').click();
    await expect(page).toHaveURL(/\/product\/AU-02\?sku=AU-02-OG$/);
    await expectSelected(page, 'SmartFarm Titan', 'Sunset Copper');
    await expect(page).toHaveTitle('SmartFarm Titan in Sunset Copper · The Tractor Store');
    await expect(productPage(page).canonical).toHaveAttribute('href', /\/product\/AU-02\?sku=AU-02-OG$/);
    // Keyboard users stay in the swatches: the newly selected one takes the focus.
    await expect(productPage(page).selected).toBeFocused();
    await expectAddToCart(page, request, { sku: 'AU-02-OG', price: '4,100 Ø', javaScript: true });
    await expectRecommendations(page, request, { sku: 'AU-02-OG', javaScript: true });

    await page.goBack();
    await expect(page).toHaveURL(/\/product\/AU-02\?sku=AU-02-BL$/);
    await expectSelected(page, 'SmartFarm Titan', 'Cosmic Sapphire');
    await expectAddToCart(page, request, { sku: 'AU-02-BL', price: '4,000 Ø', javaScript: true });

    await page.goForward();
    await expect(page).toHaveURL(/\/product\/AU-02\?sku=AU-02-OG$/);
    await expectSelected(page, 'SmartFarm Titan', 'Sunset Copper');

    expect(await sameDocument()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a swatch opened in a new tab is left to the browser', async ({ page, context }) => {
    await page.goto('/product/AU-02?sku=AU-02-BL');
    await hydrated(page);
    const opened = context.waitForEvent('page');
    await productPage(page).swatch('Verdant Shadow').click({ modifiers: ['ControlOrMeta'] });
    const tab = await opened;
    await expect(tab).toHaveURL(/\/product\/AU-02\?sku=AU-02-GG$/);
    await expect(page).toHaveURL(/\/product\/AU-02\?sku=AU-02-BL$/);
    await expectSelected(page, 'SmartFarm Titan', 'Cosmic Sapphire');
  });
});

test.describe('other teams’ fragments', () => {
  test('add-to-cart and recommendations are included for the selected SKU', async ({ page, request }) => {
    await page.goto('/product/AU-02?sku=AU-02-OG');
    await expectAddToCart(page, request, { sku: 'AU-02-OG', price: '4,100 Ø', javaScript: true });
    await expectRecommendations(page, request, { sku: 'AU-02-OG', javaScript: true });

    // Without a SKU the first variant is selected, and the fragments follow it.
    await page.goto('/product/CL-03');
    await expectAddToCart(page, request, { sku: 'CL-03-GR', price: '2,300 Ø', javaScript: true });
    await expectRecommendations(page, request, { sku: 'CL-03-GR', javaScript: true });
  });
});

/** Steps the checkout journeys share. */
import { expect, type Page } from '@playwright/test';

/** The mini cart in explore's header (checkout's fragment). */
export const miniCart = (page: Page) => page.locator('checkout-mini-cart').getByRole('link', { name: /^Basket, / });

/** Adds one of `sku` from decide's product page, where checkout's add-to-cart fragment sits. */
export async function addFromProductPage(page: Page, id: string, sku: string) {
  await page.goto(`/product/${id}?sku=${sku}`);
  const fragment = page.locator(`checkout-add-to-cart[data-sku="${sku}"]`);
  await fragment.getByRole('button', { name: 'add to basket' }).click();
  await expect(fragment.getByRole('status')).toHaveText('Tractor was added. View in basket');
}

/**
 * Tells the checkout form a store was chosen, as explore's store picker does. For checks of
 * checkout's own form that must not depend on the picker's dialog.
 */
export async function announceStore(page: Page, store = { id: 'store-a', name: 'Aurora Flagship Store' }) {
  await page.evaluate((detail) => window.dispatchEvent(new CustomEvent('explore:store-selected', { detail, bubbles: true })), store);
}

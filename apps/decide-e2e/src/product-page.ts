/**
 * What the decide suite looks at on the product page, named once so the specs read as journeys.
 */
import { expect, type Page } from '@playwright/test';

export function productPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1 }),
    colour: page.getByRole('heading', { level: 2, name: /^Colour:/ }),
    picture: page.locator('article svg[role="img"]'),
    /** The selected swatch: marked current, and not a link. */
    selected: page.locator('[aria-current="true"]'),
    swatch: (name: string) => page.getByRole('link', { name, exact: true }),
    canonical: page.locator('link[rel="canonical"]'),
    description: page.locator('meta[name="description"]'),
  };
}

/** Expects the page to show this variant as the selected one, everywhere it is named. */
export async function expectSelected(page: Page, product: string, variant: string) {
  const view = productPage(page);
  await expect(view.heading).toHaveText(product);
  await expect(view.selected).toHaveText(variant);
  await expect(view.selected).not.toHaveAttribute('href');
  await expect(view.swatch(variant)).toHaveCount(0);
  await expect(view.colour).toHaveText(`Colour: ${variant}`);
  await expect(view.picture).toHaveAttribute('aria-label', `${product} in ${variant}`);
}

/**
 * Resolves once React has hydrated the swatches: before that a click is an ordinary link and the
 * browser loads a new document, which is what a shopper without JavaScript gets anyway.
 */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const link = document.querySelector('article a[href*="sku="]');
    return link !== null && Object.keys(link).some((key) => key.startsWith('__reactProps'));
  });
}

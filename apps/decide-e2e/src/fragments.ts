/**
 * Checks that another team's fragment on the product page belongs to the selected SKU. While the
 * owner does not serve it, the page must hold the placeholder naming the SKU (the browser loader
 * retries it); once the owner answers, the fragment must be there, filled, for that SKU.
 */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { fragmentPath } from '@tractor/contracts';

interface Expected {
  readonly sku: string;
  /** Formatted as the shop shows it, e.g. "4,100 Ø". */
  readonly price: string;
  /** Without JavaScript a fragment whose include failed stays a placeholder; with it, the loader fills it. */
  readonly javaScript: boolean;
}

async function expectFragment(root: Locator, src: string, owner: APIRequestContext, filled: () => Promise<void>, javaScript: boolean) {
  await expect(root).toHaveCount(1);
  const answer = await owner.get(src);
  if (!answer.ok()) {
    await expect(root).toHaveAttribute('data-fragment-src', src);
    return;
  }
  if (!javaScript && (await root.getAttribute('data-fragment-src')) === src) return;
  await filled();
}

export async function expectAddToCart(page: Page, request: APIRequestContext, { sku, price, javaScript }: Expected) {
  const root = page.locator('checkout-add-to-cart');
  const src = `${fragmentPath('checkout', 'add-to-cart')}?sku=${sku}`;
  await expectFragment(
    root,
    src,
    request,
    async () => {
      await expect(root).toContainText(price);
      await expect.poll(() => root.evaluate((element) => element.outerHTML)).toContain(sku);
    },
    javaScript,
  );
}

const productLinks = (markup: string) => [...markup.matchAll(/href="(\/product\/[^"]+)"/g)].map((match) => match[1]).sort();

export async function expectRecommendations(page: Page, request: APIRequestContext, { sku, javaScript }: Omit<Expected, 'price'>) {
  const root = page.locator('explore-recommendations');
  const src = `${fragmentPath('explore', 'recommendations')}?skus=${sku}`;
  await expectFragment(
    root,
    src,
    request,
    async () => {
      await expect(root).toContainText('Recommendations');
      // Recommendations differ by colour: the same machines as the owner recommends for this SKU.
      const expected = productLinks(await (await request.get(src)).text());
      await expect.poll(async () => productLinks(await root.evaluate((element) => element.outerHTML))).toEqual(expected);
    },
    javaScript,
  );
}

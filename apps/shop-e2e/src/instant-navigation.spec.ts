/**
 * Navigation between contexts as Chromium really does it for a shopper: prerendered from the
 * shop's speculation rules, Back restored from the back/forward cache, personal parts fresh after
 * activation. Playwright's own browser has neither prerendering nor the cache, so these tests start
 * Chromium themselves and drive it over the DevTools protocol.
 */
import { href } from '@tractor/contracts';
import { expect, launchCdpBrowser, NavPage, test, type CdpBrowser, type CdpPage } from '@tractor/e2e';

let browser: CdpBrowser;
let tab: CdpPage;
let page: NavPage;

const heading = (path: string) => `location.pathname === ${JSON.stringify(path)} && document.querySelector('h1') !== null`;

test.describe('in Chromium driven over the DevTools protocol', () => {
  // A browser of its own per test, and pages rendered ahead on a busy machine: more than the default budget.
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async () => {
    browser = await launchCdpBrowser();
    tab = await browser.newPage();
    page = new NavPage(tab);
  });

  test.afterEach(async () => {
    await tab?.close();
    await browser?.close();
  });

  test('a click into another context is shown from a prerender, and Back is restored from the back/forward cache without a cross-fade', async ({ baseURL }) => {
    const listing = `${baseURL}${href.explore.products()}`;
    const product = href.decide.product('CL-01');
    await page.goto(listing);

    const ready = page.prerenderReady(`${baseURL}${product}`);
    await page.hover(`main a[href="${product}"]`);
    await ready;
    const forward = await page.press(`main a[href="${product}"]`, heading(product));
    expect(forward.kind, `prerender failures: ${forward.prerenderFailures.join('; ')}`).toBe('prerendered');

    const back = await page.traverse(-1, heading(href.explore.products()));
    expect(back.kind, `not restored: ${back.notRestored.join('; ')}`).toBe('bfcache');
    // The step forward cross-fades; Back shows the restored page at once.
    expect(back.viewTransition).toBe(false);
  });

  test('a basket page prerendered before an add shows the new line when the shopper opens it', async ({ baseURL }) => {
    const addButton = 'checkout-add-to-cart button';
    const added = `document.querySelector('.c-add-to-cart__added a') !== null`;
    // A basket already exists, so the add below changes no cookie the browser could notice.
    await page.goto(`${baseURL}${href.decide.product('CL-01')}`);
    await page.hover(addButton);
    await page.press(addButton, added);

    await page.goto(`${baseURL}${href.decide.product('CL-06')}`);
    const basketLink = 'a.c-mini-cart';
    await page.waitFor(`document.querySelector('${basketLink}') && document.querySelector('${addButton}')`);

    // The basket, without this tractor yet, is prerendered while the pointer rests on the mini cart.
    const ready = page.prerenderReady(`${baseURL}${href.checkout.cart()}`);
    await page.hover(basketLink);
    await ready;

    await page.hover(addButton);
    await page.press(addButton, added);

    await page.hover(basketLink);
    await page.press(basketLink, heading(href.checkout.cart()));
    await page.waitFor(`[...document.querySelectorAll('main [aria-label="Your basket"] li')].some((line) => line.textContent.includes('CL-06'))`);
  });
});

test('the header marks the section the shopper is in, on explore pages only', async ({ page: tabPage }) => {
  await tabPage.goto(href.explore.products('classic'));
  const nav = tabPage.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Machines' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('link', { name: 'Stores' })).not.toHaveAttribute('aria-current');

  await tabPage.goto(href.explore.stores());
  await expect(nav.getByRole('link', { name: 'Stores' })).toHaveAttribute('aria-current', 'page');

  await tabPage.goto(href.decide.product('CL-01'));
  await expect(nav.getByRole('link', { name: 'Machines' })).toBeVisible();
  await expect(nav.locator('[aria-current]')).toHaveCount(0);
});

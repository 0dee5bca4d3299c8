/**
 * The store picker is hosted by other teams' pages (checkout's checkout page), so it is tested the
 * way they include it: its fragment HTML, fetched from explore, inside a page on the shop's origin
 * that explore does not own. The page is served by the browser's request interception, so the
 * fragment's stylesheet and script load from explore exactly as they would on the real host. It
 * sits inside a form, as it will on checkout, to prove it never submits its host's form.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@tractor/e2e';

async function hostPage(page: Page) {
  const fragment = await (await page.request.get('/explore/fragments/store-picker')).text();
  await page.route('**/host-page', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<h1>Checkout</h1>
<form action="/checkout/submitted"><fieldset><legend>Pick-up store</legend>${fragment}</fieldset></form>
<output id="chosen"></output>
<script>
  window.storeEvents = [];
  document.addEventListener('explore:store-selected', (event) => {
    window.storeEvents.push(event.detail);
    document.getElementById('chosen').textContent = event.detail.id;
  });
</script></body></html>`,
    }),
  );
  await page.goto('/host-page');
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { storeEvents: unknown[] }).storeEvents);

test('a keyboard user opens the picker, chooses a store, and the host page hears which', async ({ page }) => {
  await hostPage(page);
  const open = page.getByRole('button', { name: 'Choose a store' });
  await expect(open).toBeVisible();
  await expect(open).toHaveAttribute('aria-haspopup', 'dialog');

  await page.keyboard.press('Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Choose a store' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(4);
  await expect(dialog.getByRole('button', { name: 'Select Aurora Flagship Store' })).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Select Big Micro Machines' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.locator('#chosen')).toHaveText('store-b');
  expect(await events(page)).toEqual([{ id: 'store-b', name: 'Big Micro Machines' }]);
  await expect(page.getByText('Your store: Big Micro Machines, Broadway 2, Burlington')).toBeVisible();
  const change = page.getByRole('button', { name: 'Change store' });
  await expect(change).toBeFocused();
  expect(new URL(page.url()).pathname).toBe('/host-page');

  // Reopened, it starts on the chosen store; Escape leaves without changing anything.
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Select Big Micro Machines' })).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Select Big Micro Machines' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(change).toBeFocused();
  expect(await events(page)).toHaveLength(1);
});

test('the dialog is modal and can be closed with its button', async ({ page }) => {
  await hostPage(page);
  await page.getByRole('button', { name: 'Choose a store' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a store' });
  await expect(dialog).toBeVisible();
  // Shift+Tab from the first store reaches the close button, not the page behind.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Choose a store' })).toBeFocused();
  expect(await events(page)).toEqual([]);

  await page.getByRole('button', { name: 'Choose a store' }).click();
  await dialog.getByRole('button', { name: 'Select Downtown Model Store' }).click();
  expect(await events(page)).toEqual([{ id: 'store-d', name: 'Downtown Model Store' }]);
});

test('without JavaScript it lists the stores instead of a button that could do nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await hostPage(page);
  await expect(page.getByRole('button', { name: 'Choose a store' })).toBeHidden();
  // Playwright's text and role queries skip <noscript>, so its content is found by structure.
  const fallback = page.locator('explore-store-picker noscript .e-picker__fallback');
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText('Turn on JavaScript to choose a store here.');
  await expect(fallback.locator('li')).toHaveText([
    'Aurora Flagship Store, Astronaut Way 1, Arlington',
    'Big Micro Machines, Broadway 2, Burlington',
    'Central Mall, Clown Street 3, Cryo',
    'Downtown Model Store, Duck Street 4, Davenport',
  ]);
  await expect(fallback.locator('a')).toHaveAttribute('href', '/stores');
  await context.close();
});

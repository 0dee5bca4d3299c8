import type { Page } from '@playwright/test';
import { expect, test } from '@tractor/e2e';
import { addFromProductPage, miniCart } from './shopper';

/** The basket line of a tractor, and its quantity controls. */
function line(page: Page, name: string) {
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  return {
    item,
    field: item.getByRole('spinbutton', { name: `Quantity of ${name}` }),
    more: item.getByRole('button', { name: `One more ${name}` }),
    less: item.getByRole('button', { name: `One ${name} less` }),
    update: item.getByRole('button', { name: 'Update' }),
  };
}

test.describe('quantities in the basket', () => {
  test('with JavaScript: + / − and the number field change the line in place, capped by stock, and the mini cart follows', async ({ page }) => {
    // CL-14-GR has 3 in stock.
    await addFromProductPage(page, 'CL-14', 'CL-14-GR');
    await page.goto('/checkout/cart');
    const problem = page.getByRole('region', { name: 'Your basket' }).getByRole('alert');
    const cruiser = line(page, 'Caribbean Cruiser Emerald Grove');
    await expect(cruiser.field).toHaveValue('1');
    await expect(cruiser.less).toBeDisabled();

    await cruiser.more.click();
    await expect(cruiser.field).toHaveValue('2');
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 2 items in your basket');
    await expect(page).toHaveURL(/\/checkout\/cart$/);

    await cruiser.more.click();
    await expect(cruiser.field).toHaveValue('3');
    await expect(cruiser.more).toBeDisabled();
    await expect(cruiser.item).toContainText('Only 3 in stock');
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 3 items in your basket');

    // Typing more than is in stock: refused with a clear message, the line as it was.
    await cruiser.field.fill('7');
    await cruiser.field.press('Enter');
    await expect(problem).toHaveText('Sorry, we only have 3 × Caribbean Cruiser Emerald Grove in stock, and your basket cannot hold more than that.');
    await expect(cruiser.field).toHaveValue('3');

    await cruiser.field.fill('1');
    await cruiser.update.click();
    await expect(cruiser.field).toHaveValue('1');
    await expect(problem).toHaveCount(0);
    await expect(miniCart(page)).toHaveAccessibleName('Basket, 1 item in your basket');
    await expect(page.getByText('Total', { exact: true }).locator('..')).toContainText('2,300 Ø');
    await page.reload();
    await expect(line(page, 'Caribbean Cruiser Emerald Grove').field).toHaveValue('1');
  });

  test('without JavaScript: real forms, back to the basket, and a note when stock caps the change', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // The add-to-cart form's own post (its journey is add-to-cart.spec.ts), from this browser.
    await page.goto('/checkout/cart');
    const origin = new URL(page.url()).origin;
    await context.request.post('/checkout/cart/add', { form: { sku: 'CL-10-VI' }, headers: { origin, 'sec-fetch-site': 'same-origin' }, maxRedirects: 0 });
    await page.goto('/checkout/cart');
    // CL-10-VI has 2 in stock.
    const gallant = line(page, 'Global Gallant Violet Vintage');
    await expect(gallant.item.locator('form[action="/checkout/cart/quantity"]')).toHaveAttribute('method', 'post');

    await gallant.more.click();
    await expect(page).toHaveURL(/\/checkout\/cart$/);
    await expect(gallant.field).toHaveValue('2');
    await expect(gallant.more).toBeDisabled();

    await gallant.field.fill('5');
    await gallant.field.press('Enter');
    await expect(page).toHaveURL(/\/checkout\/cart\?notice=stock-limit&sku=CL-10-VI$/);
    await expect(page.getByRole('status')).toHaveText('Sorry, we only have 2 × Global Gallant Violet Vintage in stock, and your basket cannot hold more than that.');
    await expect(gallant.field).toHaveValue('2');

    await gallant.less.click();
    await expect(gallant.field).toHaveValue('1');
    await expect(page.getByText('Total', { exact: true }).locator('..')).toContainText('2,600 Ø');
    await context.close();
  });
});

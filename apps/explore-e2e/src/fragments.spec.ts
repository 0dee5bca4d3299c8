import { expect, test } from '@tractor/e2e';
import { fragments, fragmentPath, type FragmentId } from '@tractor/contracts';

test.describe('header', () => {
  test('links home, to the machines and the stores, with checkout’s mini cart nested inside', async ({ page }) => {
    await page.goto('/stores');
    const header = page.locator('explore-header[data-boundary="explore"]');
    await expect(header.getByRole('link', { name: 'The Tractor Store' })).toHaveAttribute('href', '/');
    const nav = header.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Machines' })).toHaveAttribute('href', '/products');
    await expect(nav.getByRole('link', { name: 'Stores' })).toHaveAttribute('href', '/stores');
    await expect(header.locator('checkout-mini-cart[data-boundary="checkout"]').getByRole('link', { name: /^Basket/ })).toBeVisible();
    await nav.getByRole('link', { name: 'Machines' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All Machines' })).toBeVisible();
  });

  test('offers a skip link as the first stop for keyboard users', async ({ page }) => {
    await page.goto('/products');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
  });
});

test('the footer is on every page, explore’s and the other teams’', async ({ page }) => {
  for (const path of ['/', '/products', '/products/classic', '/stores', '/products/vintage', '/product/CL-01', '/checkout/cart']) {
    await page.goto(path);
    const footer = page.locator('explore-footer[data-boundary="explore"]');
    await expect(footer, path).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Stores' }), path).toHaveAttribute('href', '/stores');
  }
});

test.describe('fragment contracts', () => {
  const served: [FragmentId, string][] = [
    ['explore/header', ''],
    ['explore/footer', ''],
    ['explore/recommendations', '?skus=CL-01-GY,AU-07-MT'],
    ['explore/store-picker', ''],
  ];
  for (const [id, query] of served) {
    test(`${id} is served in its root element, cached only when public`, async ({ request }) => {
      const { context, name, personal } = fragments[id];
      const response = await request.get(fragmentPath(context, name) + query);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/html');
      expect(response.headers()['cache-control']).toContain(personal ? 'no-store' : 'public');
      expect(await response.text()).toMatch(new RegExp(`^<${context}-${name} data-boundary="${context}"[^>]*>[\\s\\S]*</${context}-${name}>$`));
    });
  }
});

test.describe('recommendations fragment', () => {
  const url = (skus: string) => `/explore/fragments/recommendations?skus=${skus}`;
  const links = (markup: string) => [...markup.matchAll(/href="(\/product\/[^"]+)"/g)].map((match) => match[1]?.replace(/&amp;/g, '&'));

  test('links the four closest colours to their variants, never the SKUs asked about', async ({ request }) => {
    const markup = await (await request.get(url('AU-02-BL'))).text();
    expect(markup).toContain('>Recommendations</h2>');
    expect(links(markup)).toEqual(['/product/CL-09?sku=CL-09-BL', '/product/CL-13?sku=CL-13-BL', '/product/CL-04?sku=CL-04-BL', '/product/CL-02?sku=CL-02-BL']);
    expect(markup).toMatch(/<img [^>]*src="\/explore\/images\/tractor\/CL-09-BL\.svg" width="320" height="240" alt="TerraFirma Veneto in Adriatic Blue"/);
  });

  test('ignores unknown SKUs, and is empty when it knows none', async ({ request }) => {
    expect(links(await (await request.get(url('AU-02-BL,ZZ-99-ZZ'))).text())).toEqual(links(await (await request.get(url('AU-02-BL'))).text()));
    const empty = await request.get(url('ZZ-99-ZZ'));
    expect(empty.status()).toBe(200);
    expect(await empty.text()).toBe('<explore-recommendations data-boundary="explore"></explore-recommendations>');
  });

  test('answers 400 for a malformed or missing query', async ({ request }) => {
    for (const query of ['?skus=cl-01-gy', '?skus=CL-01-GY,,AU-07-MT', '']) {
      const response = await request.get(`/explore/fragments/recommendations${query}`);
      expect(response.status(), query).toBe(400);
      expect(await response.text()).toContain('skus');
    }
  });
});

test.describe('pictures', () => {
  test('are explore’s own drawings, served as cacheable SVG', async ({ request }) => {
    for (const path of ['/explore/images/tractor/CL-01-GY.svg', '/explore/images/tractor/AU-07-MT.svg', '/explore/images/store/store-c.svg', '/explore/images/scene/hero.svg']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
      expect(response.headers()['cache-control']).toContain('public');
      expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
    }
  });

  test('answer 404 for what does not exist', async ({ request }) => {
    for (const path of ['/explore/images/tractor/CL-99-GY.svg', '/explore/images/tractor/CL-01-GY.png', '/explore/images/store/store-z.svg', '/explore/images/scene/moon.svg']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

/**
 * Every page of the route manifest (the `href` helpers), through the edge router, with mutated
 * path parameters, extra path segments and query strings: the shop answers each with a page or a
 * 4xx (its 404 page for an address that names nothing), never with a server error.
 */
import fc from 'fast-check';
import { href } from '@tractor/contracts';
import { hostileFields, hostileString } from '@tractor/testing/hostile-input';
import { expect, test } from '@tractor/e2e';

/** Each manifest page as a function of arbitrary arguments. */
const pages: Record<string, (arg: string) => string> = {
  home: () => href.explore.home(),
  products: () => href.explore.products(),
  category: (value) => href.explore.products(value),
  stores: () => href.explore.stores(),
  product: (value) => href.decide.product(value),
  'product with sku': (value) => href.decide.product('CL-01', value),
  cart: () => href.checkout.cart(),
  checkout: () => href.checkout.checkout(),
  thanks: () => href.checkout.thanks(),
};

const pathTail = fc.oneof(fc.constant(''), hostileString.map((value) => `/${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''))}`), fc.constantFrom('/..', '/%2e%2e/%2e%2e', '//', '/%00', '/.%2F'));

test.describe('every manifest page under mutated input', () => {
  test.setTimeout(120_000);

  for (const [name, page] of Object.entries(pages)) {
    test(`${name}: nothing answers 5xx`, async ({ request }) => {
      await fc.assert(
        fc.asyncProperty(hostileString, pathTail, hostileFields(['sku', 'notice', 'category', 'compact']), async (arg, tail, query) => {
          const [path = '/', search = ''] = page(arg.replace(/[\uD800-\uDFFF]/g, '')).split('?');
          const params = new URLSearchParams(search);
          for (const [key, value] of Object.entries(query)) params.append(key, value);
          // Absolute, so a path that starts with `//` stays a path instead of naming a host.
          const url = `${test.info().project.use.baseURL}${path.replace(/\/$/, '')}${tail || (path.endsWith('/') ? '/' : '')}?${params}`;
          const response = await request.get(url, { headers: { accept: 'text/html' }, maxRedirects: 0, failOnStatusCode: false });
          expect(response.status(), url.slice(0, 300)).toBeLessThan(500);
        }),
        { numRuns: 15 },
      );
    });
  }
});

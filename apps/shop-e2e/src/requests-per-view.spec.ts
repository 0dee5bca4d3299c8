/**
 * The cost of one page view at the origin: the edge router's log lines that share the view's
 * `x-request-id` (the page and every personal fragment included for it, nested ones too). Public
 * fragments carry no id; after a warm-up they come from the consumer's cache and reach no origin.
 */
import { fragmentPath, fragments, personalFor, type FragmentId } from '@tractor/contracts';
import type { APIRequestContext } from '@playwright/test';
import { expect, suiteRouterLog, test } from '@tractor/e2e';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { offset } from './suite';

/**
 * page, origin requests allowed, for a shopper with a basket: the page + the mini cart nested in the
 * (public, cached) header + the page's own personal fragments. Checkout renders its own mini cart
 * in-process; the checkout form shows the compact header, without one.
 */
const budgets: [string, number][] = [
  ['/', 2],
  ['/products', 2],
  ['/products/classic', 2],
  ['/stores', 2],
  ['/product/CL-01?sku=CL-01-GY', 3],
  ['/checkout/cart', 1],
  ['/checkout/checkout', 1],
];

/**
 * For a shopper without a basket cookie: the page alone. The mini cart and add-to-cart are the same
 * for every such shopper, so they come from the consumer's cache as public fragments do.
 */
const cookielessBudgets: [string, number][] = [
  ['/', 1],
  ['/products', 1],
  ['/stores', 1],
  ['/product/CL-01?sku=CL-01-GY', 1],
];

/** The paths of the fragments that are public for a request with these cookies. */
const publicFor = (cookieHeader: string | null) =>
  (Object.keys(fragments) as FragmentId[])
    .filter((id) => !personalFor(id, cookieHeader))
    .map((id) => fragmentPath(fragments[id].context, fragments[id].name));

interface AccessLine {
  readonly route: string;
  readonly requestId: string;
}

/** The router's JSON access lines so far (the route has no query). */
const logLines = (): AccessLine[] =>
  readFileSync(suiteRouterLog(offset), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Partial<AccessLine>)
    .flatMap(({ route, requestId }) => (typeof route === 'string' && typeof requestId === 'string' ? [{ route, requestId }] : []));

/** True once the router has written no line for a while (it writes in batches, every 100 ms at most). */
async function settled(): Promise<boolean> {
  const count = logLines().length;
  await new Promise((resolve) => setTimeout(resolve, 400));
  return logLines().length === count;
}

async function checkBudgets(request: APIRequestContext, pages: [string, number][], publicFragments: string[]) {
  for (const [page, budget] of pages) {
    // The page's own line is written when its response ends, after every include it made; the
    // router writes its lines in batches, in order, so once it is there, so are the includes'.
    const route = page.split('?')[0];
    const view = async () => {
      const id = `view-${randomUUID()}`;
      expect((await request.get(page, { headers: { 'x-request-id': id } })).status(), page).toBe(200);
      await expect.poll(() => logLines().some((line) => line.requestId === id && line.route === route)).toBe(true);
      return id;
    };
    // Two views first, so public fragments are cached, and their lines all written before counting.
    for (let i = 0; i < 2; i += 1) await view();
    // A public fragment's entry that expires (10 s) is served stale and refreshed once in the
    // background, and that fetch's line can land among the view's. Count once the log is quiet, and
    // count again (at most twice more) if a refresh fell into the window: a page that fetched public
    // fragments on every view would still fail each try.
    let fetched: string[] = [];
    let fromOrigin: string[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect.poll(settled, { intervals: [0], timeout: 10_000 }).toBe(true);
      const before = logLines().length;
      const id = await view();
      const since = logLines().slice(before);
      fetched = since.filter((line) => line.requestId === id).map((line) => line.route);
      fromOrigin = since.map((line) => line.route).filter((path) => publicFragments.includes(path));
      if (fromOrigin.length === 0) break;
    }
    expect(fetched.length, `${page}: ${fetched.join(', ')}`).toBeLessThanOrEqual(budget);
    expect(new Set(fetched).size, `${page} fetched a fragment twice: ${fetched.join(', ')}`).toBe(fetched.length);
    expect(fromOrigin, `${page} fetched public fragments from their owner`).toEqual([]);
  }
}

test('each page view costs the page and its personal fragments, each fetched once; public fragments come from cache', async ({ request }) => {
  // A basket with a tractor, so the basket shows recommendations and the checkout page renders.
  const added = await request.post('/checkout/cart/add', { form: { sku: 'CL-01-GY' }, maxRedirects: 0 });
  expect(added.status()).toBe(303);
  await checkBudgets(request, budgets, publicFor('c_cart=x'));
});

test('a shopper without a basket costs the origin the page alone: the empty mini cart and add-to-cart come from cache', async ({ playwright, baseURL }) => {
  // A request context of its own, so no cookie from another test reaches it.
  const request = await playwright.request.newContext({ baseURL });
  try {
    await checkBudgets(request, cookielessBudgets, publicFor(null));
  } finally {
    await request.dispose();
  }
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Response } from '@playwright/test';
import { expect, pause, suiteDataDir, test } from '@tractor/e2e';
import { findTrace, readSpans, type SpanRecord } from '@tractor/telemetry/traces';
import { elementsFromBuild } from './elements-from-build';
import { offset } from './suite';

const dataDir = suiteDataDir(offset);

/** The page view's spans from every context's trace file, once `expected` says they are all written. */
async function traceOf(requestId: string, expected: (spans: SpanRecord[]) => boolean): Promise<SpanRecord[]> {
  let spans: SpanRecord[] = [];
  await expect
    .poll(async () => {
      spans = findTrace(await readSpans(join(dataDir, 'traces')), requestId);
      return expected(spans);
    }, { timeout: 20_000 })
    .toBe(true);
  return spans;
}

function requestIdOf(response: Response | null): string {
  const id = response?.headers()['x-request-id'];
  if (!id) throw new Error('the page came without an x-request-id');
  return id;
}

const include = (spans: SpanRecord[], service: string, fragment: string) => spans.find((span) => span.service === service && span.name === `include ${fragment}`);

/** The owner's spans for serving a fragment (Next names them after the route, without the basePath). */
const serving = (spans: SpanRecord[], service: string, fragment: string) => spans.filter((span) => span.service === service && span.name.endsWith(`/fragments/${fragment}`));

/**
 * Decide caches product reads for 30 s (the same for every shopper): a view whose read is not cached
 * yet runs the BFF procedure and its queries, a view within the 30 s runs neither. Each test that
 * needs the read to run views a product that no other journey visits (a visit over 30 s ago is
 * fine: the stale read runs again).
 */
const uncachedProduct = { trace: '/product/CL-12', logs: '/product/AU-08' } as const;

const productRead = (spans: SpanRecord[]) => spans.find((span) => span.service === 'decide' && span.name === 'read decide:product');

test.describe('observability', () => {
  test('the product page is one trace: decide’s page, explore’s recommendations, checkout’s mini cart and add-to-cart', async ({ page }) => {
    // A shopper with a basket: their mini cart is personal, so decide asks checkout for it on every view.
    expect((await page.request.post('/checkout/cart/add', { form: { sku: 'CL-01-GY' }, maxRedirects: 0 })).status()).toBe(303);
    await page.goto('/product/CL-01');
    const response = await page.goto(uncachedProduct.trace);
    expect(response?.status()).toBe(200);

    // An owner's spans are written when it has answered, which may be after the page gave up on it.
    // Each server writes its spans in its own batches, a request's outermost span last: wait for decide's page and every owner's answer.
    const pageSpan = (found: SpanRecord[]) => found.some((span) => span.service === 'decide' && span.attributes['http.target'] === uncachedProduct.trace);
    const spans = await traceOf(
      requestIdOf(response),
      // The header is public and may come from decide's cache; the recommendations for a product no one viewed yet do not.
      (found) => pageSpan(found) && [serving(found, 'explore', 'recommendations'), serving(found, 'checkout', 'mini-cart'), serving(found, 'checkout', 'add-to-cart')].every((list) => list.length > 0),
    );
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(['decide', 'explore', 'checkout']));
    expect(spans.find((span) => span.service === 'decide' && span.attributes['http.target'] === uncachedProduct.trace)).toBeDefined();
    for (const [service, fragment] of [['decide', 'explore/header'], ['decide', 'explore/footer'], ['decide', 'checkout/add-to-cart'], ['decide', 'explore/recommendations'], ['decide', 'checkout/mini-cart']] as const) {
      expect(include(spans, service, fragment)?.attributes, `${service} includes ${fragment}`).toMatchObject({
        'fragment.name': fragment,
        'fragment.owner': fragment.split('/')[0],
        'fragment.outcome': expect.stringMatching(/^(ok|timeout|error|non-2xx)$/),
        'fragment.fallback': expect.any(Boolean),
      });
    }
    // The product read was not cached yet: it ran, and the BFF and the database show up under it.
    const read = productRead(spans);
    expect(read?.attributes).toMatchObject({ 'cache.name': 'decide:product', 'cache.outcome': expect.stringMatching(/^(miss|stale)$/) });
    const procedure = spans.find((span) => span.service === 'decide' && span.name === 'trpc product.byId');
    expect(procedure?.parentSpanId).toBe(read?.spanId);
    expect(spans.some((span) => span.service === 'decide' && span.name.startsWith('prisma:client:'))).toBe(true);

    // Server-Timing names every include of the page, with its outcome, and the render.
    const timing = response?.headers()['server-timing'] ?? '';
    for (const name of ['explore.header', 'explore.footer', 'checkout.add-to-cart', 'explore.recommendations']) {
      expect(timing).toMatch(new RegExp(`(^|, )include\\.${name.replace('.', '\\.')};dur=\\d+(\\.\\d)?;desc="${name.replace('.', '/')} (ok|timeout \\(fallback\\)|error \\(fallback\\)|non-2xx \\(fallback\\))"(,|$)`));
    }
    expect(timing).toMatch(/(^|, )render;dur=\d+(\.\d)?;desc="decide until first byte"$/);
  });

  test('a product read served from the cache says so in the trace, and runs no procedure', async ({ page }) => {
    // The second view comes well within the 30 s the first one's read is cached for.
    await page.goto('/product/CL-02');
    const response = await page.goto('/product/CL-02');
    expect(response?.status()).toBe(200);
    const spans = await traceOf(requestIdOf(response), (found) => productRead(found) !== undefined);
    expect(productRead(spans)?.attributes).toMatchObject({ 'cache.name': 'decide:product', 'cache.outcome': 'hit', 'cache.hit': true });
    expect(spans.filter((span) => span.service === 'decide' && (span.name.startsWith('trpc ') || span.name.startsWith('prisma:client:')))).toEqual([]);
  });

  test('with checkout paused, the add-to-cart include says timeout and fallback, in the trace and in Server-Timing', async ({ page }) => {
    // A shopper with a basket: add-to-cart is personal for them, so decide asks checkout for it on this view.
    expect((await page.request.post('/checkout/cart/add', { form: { sku: 'CL-01-GY' }, maxRedirects: 0 })).status()).toBe(303);
    // Checkout's element assets come from its build output, as CloudFront would serve them.
    await elementsFromBuild(page, 'checkout');
    const resume = pause('checkout', offset);
    let response: Response | null;
    try {
      response = await page.goto('/product/CL-01');
    } finally {
      resume();
    }
    expect(response?.status()).toBe(200);
    expect(response?.headers()['server-timing']).toMatch(/include\.checkout\.add-to-cart;dur=\d+(\.\d)?;desc="checkout\/add-to-cart timeout \(fallback\)"/);

    const spans = await traceOf(requestIdOf(response), (found) => include(found, 'decide', 'checkout/add-to-cart') !== undefined);
    expect(include(spans, 'decide', 'checkout/add-to-cart')).toMatchObject({
      status: 'error',
      attributes: expect.objectContaining({ 'fragment.outcome': 'timeout', 'fragment.fallback': true }),
    });
  });

  test('every server writes its request, include and procedure lines as JSON carrying the trace id, and no cookie', async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: 'c_probe', value: 'shopper-secret-42', url: baseURL ?? '' }]);
    const response = await page.goto(uncachedProduct.logs);
    const requestId = requestIdOf(response);
    const [span] = await traceOf(requestId, (found) => found.length > 0);
    const traceId = span?.traceId;

    const linesOf = async (source: string) => {
      const text = await readFile(join(dataDir, 'logs', `${source}.log`), 'utf8');
      return text
        .split('\n')
        .filter((line) => line.includes(requestId))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    };
    let decide: Record<string, unknown>[] = [];
    await expect.poll(async () => (decide = await linesOf('decide')).some((line) => line.msg === 'request')).toBe(true);
    const router = await linesOf('router');

    expect(router).toContainEqual(expect.objectContaining({ msg: 'request', route: uncachedProduct.logs, status: 200, context: 'decide', requestId, traceId }));
    for (const kind of ['request', 'include']) {
      expect(decide.filter((line) => line.msg === kind || (kind === 'include' && line.msg === 'fragment include failed')).length, kind).toBeGreaterThan(0);
    }
    // The product read says whether the cache answered; this one was not cached yet, so its procedure ran too.
    await expect.poll(async () => (decide = await linesOf('decide')).some((line) => line.msg === 'procedure')).toBe(true);
    expect(decide).toContainEqual(expect.objectContaining({ msg: 'cached read', read: 'decide:product', cache: expect.stringMatching(/^(miss|stale)$/) }));
    expect(decide).toContainEqual(expect.objectContaining({ msg: 'procedure', procedure: 'product.byId', outcome: 'ok' }));
    for (const line of decide) expect(line, String(line.msg)).toMatchObject({ level: expect.any(String), time: expect.any(String), context: 'decide', requestId, traceId });
    expect(decide.find((line) => line.msg === 'request')).toMatchObject({ method: 'GET', route: uncachedProduct.logs, status: 200, ms: expect.any(Number) });
    for (const source of ['router', 'decide', 'explore', 'checkout']) {
      expect(await readFile(join(dataDir, 'logs', `${source}.log`), 'utf8'), source).not.toContain('shopper-secret-42');
    }
  });
});

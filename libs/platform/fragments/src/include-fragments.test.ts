import { afterEach, describe, expect, it } from 'vitest';
import { fragmentResponse } from './fragment-response';
import { fragmentRoot } from './fragment-root';
import { html, raw } from './html';
import { includeFragment } from './include-fragment';
import { includeFragments } from './include-fragments';
import { pause, sendResponse, startServer, webHeaders, type TestServer } from './test-server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const request = new Headers({ cookie: 'c_cart=abc', 'x-request-id': 'req-7' });
const log = { warn: () => undefined };

describe('includeFragments', () => {
  it('waits for the slowest fragment, not the sum', async () => {
    const server = await startServer(async (req, res) => {
      await pause(150, req);
      res.end(`<p>${req.url}</p>`);
    });
    servers.push(server);
    const common = { request, origin: server.origin, log, timeoutMs: 1000 } as const;
    const started = performance.now();
    const [header, recommendations, cart] = await includeFragments([
      { ...common, context: 'explore', name: 'header', personal: false },
      { ...common, context: 'explore', name: 'recommendations', personal: false },
      { ...common, context: 'checkout', name: 'mini-cart', personal: true },
    ]);
    const elapsed = performance.now() - started;
    expect(header.html).toBe('<p>/explore/fragments/header</p>');
    expect(recommendations.html).toBe('<p>/explore/fragments/recommendations</p>');
    expect(cart.html).toBe('<p>/checkout/fragments/mini-cart</p>');
    expect(elapsed).toBeGreaterThanOrEqual(145);
    expect(elapsed).toBeLessThan(400);
  });
});

describe('nested includes', () => {
  it('carries the shopper cookie through a fragment into the fragment it includes', async () => {
    const cookiesAtMiniCart: (string | undefined)[] = [];
    let origin = '';
    const server = await startServer(async (req, res) => {
      if (req.url === '/checkout/fragments/mini-cart') {
        cookiesAtMiniCart.push(req.headers.cookie);
        const body = fragmentRoot({ context: 'checkout', name: 'mini-cart', body: html`<span>${'3 items'}</span>` });
        await sendResponse(res, fragmentResponse(body, { personal: true }));
        return;
      }
      // The explore header, which includes the checkout mini cart the way a route handler would.
      const cart = await includeFragment({ context: 'checkout', name: 'mini-cart', personal: true, request: webHeaders(req), origin, log });
      const body = fragmentRoot({ context: 'explore', name: 'header', body: html`<nav>Home</nav>${raw(cart.html)}` });
      await sendResponse(res, fragmentResponse(body, { personal: true }));
    });
    servers.push(server);
    origin = server.origin;

    const page = await includeFragment({ context: 'explore', name: 'header', personal: true, request, origin, log });

    expect(page).toMatchObject({ ok: true });
    expect(page.html).toBe(
      '<explore-header data-boundary="explore"><nav>Home</nav>' +
        '<checkout-mini-cart data-boundary="checkout"><span>3 items</span></checkout-mini-cart>' +
        '</explore-header>',
    );
    expect(cookiesAtMiniCart).toEqual(['c_cart=abc']);
  });
});

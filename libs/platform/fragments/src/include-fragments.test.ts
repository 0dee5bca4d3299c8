import { afterEach, describe, expect, it } from 'vitest';
import { fragmentResponse } from './fragment-response';
import { fragmentRoot } from './fragment-root';
import { html, raw } from './html';
import { includeFragment, includeFragments } from './include-fragment';
import { startServer, type TestServer } from '@tractor/testing';
import { sendResponse, webHeaders } from './__tests__/node-http';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const request = new Headers({ cookie: 'c_cart=abc', 'x-request-id': 'req-7' });
const log = { warn: () => undefined };

describe('includeFragments', () => {
  it('sends every request before waiting for any answer, and keeps the order asked', async () => {
    // The owner answers nothing until all three requests are in, then answers in reverse order:
    // included one after another, the first would wait for the others forever (and time out).
    const events: string[] = [];
    const waiting: (() => void)[] = [];
    const server = await startServer((req, res) => {
      events.push(`asked ${req.url}`);
      waiting.push(() => {
        events.push(`answered ${req.url}`);
        res.end(`<p>${req.url}</p>`);
      });
      if (waiting.length === 3) for (const answer of waiting.reverse()) answer();
    });
    servers.push(server);
    const common = { request, origin: server.origin, log, timeoutMs: 5000 } as const;
    const [header, recommendations, cart] = await includeFragments([
      { ...common, context: 'explore', name: 'header', personal: false },
      { ...common, context: 'explore', name: 'recommendations', personal: false },
      { ...common, context: 'checkout', name: 'mini-cart', personal: true },
    ]);
    expect([header.html, recommendations.html, cart.html]).toEqual([
      '<p>/explore/fragments/header</p>',
      '<p>/explore/fragments/recommendations</p>',
      '<p>/checkout/fragments/mini-cart</p>',
    ]);
    expect(events.slice(0, 3).every((event) => event.startsWith('asked '))).toBe(true);
    expect(events.slice(3)).toEqual(['answered /checkout/fragments/mini-cart', 'answered /explore/fragments/recommendations', 'answered /explore/fragments/header']);
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

import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { fragmentFallback } from './fragment-fallback';
import { fragmentResponse } from './fragment-response';
import { fragmentRoot } from './fragment-root';
import { html, raw } from './html';
import { include, includeFragments, publicFragments } from './include-fragment';
import { startServer, type TestServer } from '@tractor/testing';
import { sendResponse } from './__tests__/node-http';

const servers: TestServer[] = [];
afterEach(async () => {
  publicFragments.clear();
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
  const placeholder = fragmentFallback('checkout', 'mini-cart').__html;

  /** Explore's public header keeps the mini cart's place; checkout answers the mini cart as `miniCart` says. */
  async function shop(miniCart: (res: ServerResponse) => Promise<void>, header = html`<nav>Home</nav>${raw(placeholder)}`) {
    const seen: { path: string | undefined; cookie: string | undefined }[] = [];
    const server = await startServer(async (req, res) => {
      seen.push({ path: req.url, cookie: req.headers.cookie });
      if (req.url === '/checkout/fragments/mini-cart') return miniCart(res);
      if (req.url?.startsWith('/explore/fragments/header')) {
        return sendResponse(res, fragmentResponse(fragmentRoot({ context: 'explore', name: 'header', body: header }), { personal: false }));
      }
      res.writeHead(404).end();
    });
    servers.push(server);
    return { origin: server.origin, seen };
  }

  const cart = (items: string) => async (res: ServerResponse) =>
    sendResponse(res, fragmentResponse(fragmentRoot({ context: 'checkout', name: 'mini-cart', body: html`<span>${items}</span>` }), { personal: true }));

  it('fetches the public header without the cookie and fills its mini cart with it', async () => {
    const { origin, seen } = await shop(cart('3 items'));

    const header = await include('explore/header', { request, origin, log });

    expect(header).toMatchObject({ ok: true });
    expect(header.html).toBe(
      '<explore-header data-boundary="explore"><nav>Home</nav>' +
        '<checkout-mini-cart data-boundary="checkout"><span>3 items</span></checkout-mini-cart>' +
        '</explore-header>',
    );
    expect(seen).toEqual([
      { path: '/explore/fragments/header', cookie: undefined },
      { path: '/checkout/fragments/mini-cart', cookie: 'c_cart=abc' },
    ]);
  });

  it('fetches the mini cart like a public fragment for a shopper without a basket: no cookie, no request id', async () => {
    const ids: (string | undefined)[] = [];
    const { origin, seen } = await shop(cart('0 items'));
    const server = await startServer((req, res) => {
      ids.push(req.headers['x-request-id'] as string | undefined);
      res.writeHead(200, { 'content-type': 'text/html' }).end('<checkout-mini-cart>0</checkout-mini-cart>');
    });
    servers.push(server);
    const browsing = new Headers({ cookie: 'c_store=s1', 'x-request-id': 'req-8' });

    const header = await include('explore/header', { request: browsing, origin, log });
    const alone = await include('checkout/mini-cart', { request: browsing, origin: server.origin, log });

    expect(header.html).toContain('<span>0 items</span>');
    expect(seen).toEqual([
      { path: '/explore/fragments/header', cookie: undefined },
      { path: '/checkout/fragments/mini-cart', cookie: undefined },
    ]);
    expect(alone).toMatchObject({ ok: true, html: '<checkout-mini-cart>0</checkout-mini-cart>' });
    expect(ids).toEqual([undefined]);
  });

  it('renders the includer’s own nested fragment in-process instead of asking itself over HTTP', async () => {
    const { origin, seen } = await shop(cart('never asked'));
    const own = { 'checkout/mini-cart': async () => '<checkout-mini-cart>7</checkout-mini-cart>' };
    const header = await include('explore/header', { request, origin, log, own });
    expect(header.html).toContain('<checkout-mini-cart>7</checkout-mini-cart>');
    expect(seen.map((entry) => entry.path)).toEqual(['/explore/fragments/header']);
  });

  it('keeps the placeholder, and logs why, when the includer’s own fragment fails to render', async () => {
    const { origin } = await shop(cart('never asked'));
    const warnings: unknown[][] = [];
    const own = { 'checkout/mini-cart': () => Promise.reject(new Error('database down')) };
    const header = await include('explore/header', { request, origin, log: { warn: (...args: unknown[]) => warnings.push(args) }, own });
    expect(header.html).toContain(placeholder);
    expect(warnings).toEqual([['own fragment failed', { fragment: 'checkout/mini-cart', fallback: true, error: 'database down' }]]);
  });

  it('keeps the placeholder for the browser when the nested fragment fails', async () => {
    const { origin } = await shop(async (res) => void res.writeHead(503, { 'retry-after': '1' }).end());
    const header = await include('explore/header', { request, origin, log });
    expect(header).toMatchObject({ ok: true });
    expect(header.html).toContain(placeholder);
  });

  it('fetches nothing nested when the markup keeps no place for it (the compact header)', async () => {
    const { origin, seen } = await shop(cart('3 items'), html`<nav>Home</nav>`);
    await include('explore/header', { request, origin, log, query: { compact: '1' } });
    expect(seen.map((entry) => entry.path)).toEqual(['/explore/fragments/header?compact=1']);
  });

  it('fetches nothing nested when the fragment around it failed: the browser loads both', async () => {
    const { origin, seen } = await shop(cart('3 items'), html`<nav>Home</nav>`);
    const header = await include('explore/header', { request, origin: `${origin}/gone`, log });
    expect(header).toMatchObject({ ok: false });
    expect(seen.map((entry) => entry.path)).toEqual(['/gone/explore/fragments/header']);
  });

  it('puts personal markup in literally, `$` patterns included', async () => {
    const { origin } = await shop(cart("$& $' $1"));
    const header = await include('explore/header', { request, origin, log });
    expect(header.html).toContain("<span>$&amp; $&#39; $1</span>");
  });
});

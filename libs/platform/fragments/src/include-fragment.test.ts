import type { IncomingHttpHeaders, RequestListener } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FragmentDefinitionError } from '@tractor/contracts';
import { fragmentFallback } from './fragment-fallback';
import { html } from './html';
import { includeFragment, publicFragments, type IncludeOptions } from './include-fragment';
import { deadOrigin, pause, startServer, type TestServer } from '@tractor/testing';

const servers: TestServer[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  publicFragments.clear();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function owner(handler: RequestListener): Promise<string> {
  const server = await startServer(handler);
  servers.push(server);
  return server.origin;
}

function recorder() {
  const warnings: { message: string; fields: Record<string, unknown> | undefined }[] = [];
  return { warnings, log: { warn: (message: string, fields?: Record<string, unknown>) => warnings.push({ message, fields }) } };
}

const shopper = new Headers({
  cookie: 'c_cart=abc; c_store=s1',
  'x-request-id': 'req-1',
  'x-forwarded-host': 'shop.example.com',
  'x-forwarded-proto': 'https',
  'user-agent': 'browser',
});

const miniCart = { context: 'checkout', name: 'mini-cart', request: shopper } as const satisfies Partial<IncludeOptions>;
const fallback = fragmentFallback('checkout', 'mini-cart').toString();

describe('includeFragment', () => {
  it('returns the owner markup from the manifest path with the query', async () => {
    const seen: string[] = [];
    const origin = await owner((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end('<checkout-mini-cart>2</checkout-mini-cart>');
    });
    const { log, warnings } = recorder();
    const result = await includeFragment({ ...miniCart, personal: true, origin, log, query: { v: '2', skip: undefined } });
    expect(result).toEqual({ ok: true, html: '<checkout-mini-cart>2</checkout-mini-cart>', ms: expect.any(Number) });
    expect(seen).toEqual(['/checkout/fragments/mini-cart?v=2']);
    expect(warnings).toEqual([]);
  });

  it('gives up at the timeout when the owner is slow to answer', async () => {
    const origin = await owner(async (req, res) => {
      await pause(2000, req);
      res.end('too late');
    });
    const { log, warnings } = recorder();
    const started = performance.now();
    const result = await includeFragment({ ...miniCart, personal: true, origin, log, timeoutMs: 100 });
    const elapsed = performance.now() - started;
    expect(result).toEqual({ ok: false, html: fallback, ms: expect.any(Number), reason: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(600);
    expect(warnings).toEqual([
      { message: 'fragment include failed', fields: { fragment: 'checkout/mini-cart', owner: 'checkout', outcome: 'timeout', fallback: true, ms: result.ms, requestId: 'req-1' } },
    ]);
  });

  it('gives up at the timeout when the body stalls after the head', async () => {
    const origin = await owner(async (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<checkout-mini-cart>');
      await pause(2000, req);
      res.end('</checkout-mini-cart>');
    });
    const { log, warnings } = recorder();
    const started = performance.now();
    const result = await includeFragment({ ...miniCart, personal: true, origin, log, timeoutMs: 100 });
    expect(performance.now() - started).toBeLessThan(600);
    expect(result.reason).toBe('timeout');
    expect(result.html).toBe(fallback);
    expect(warnings).toHaveLength(1);
  });

  it('bounds a fetch that ignores the abort signal', async () => {
    const stuck: typeof fetch = () => new Promise(() => undefined);
    const { log } = recorder();
    const result = await includeFragment({ ...miniCart, personal: false, origin: 'http://owner.test', fetch: stuck, log, timeoutMs: 50 });
    expect(result.reason).toBe('timeout');
  });

  it('falls back on a non-2xx answer and logs its status', async () => {
    const origin = await owner((_req, res) => res.writeHead(503).end('<h1>down</h1>'));
    const { log, warnings } = recorder();
    const result = await includeFragment({ ...miniCart, personal: true, origin, log });
    expect(result).toMatchObject({ ok: false, html: fallback, reason: 'status' });
    expect(warnings).toEqual([
      { message: 'fragment include failed', fields: { fragment: 'checkout/mini-cart', owner: 'checkout', outcome: 'non-2xx', fallback: true, status: 503, ms: result.ms, requestId: 'req-1' } },
    ]);
  });

  it('does not follow a redirect into some other page', async () => {
    const origin = await owner((req, res) => {
      if (req.url === '/login') res.writeHead(200).end('<html>login page</html>');
      else res.writeHead(302, { location: '/login' }).end();
    });
    const { log, warnings } = recorder();
    const result = await includeFragment({ ...miniCart, personal: true, origin, log });
    expect(result).toMatchObject({ ok: false, html: fallback, reason: 'status' });
    expect(warnings[0]?.fields).toMatchObject({ status: 302 });
  });

  it.each([false, true])('falls back when nobody listens, naming the error (personal: %s)', async (personal) => {
    const origin = await deadOrigin();
    const { log, warnings } = recorder();
    const result = await includeFragment({ ...miniCart, personal, origin, log });
    expect(result).toMatchObject({ ok: false, html: fallback, reason: 'error' });
    expect(warnings).toEqual([
      {
        message: 'fragment include failed',
        fields: { fragment: 'checkout/mini-cart', owner: 'checkout', outcome: 'error', fallback: true, error: 'ECONNREFUSED', ms: result.ms, requestId: 'req-1' },
      },
    ]);
  });

  it('reads a personal fragment in full, in UTF-8, over several chunks', async () => {
    const origin = await owner((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(Buffer.from('<p>Grüße, ', 'utf8').subarray(0, 8));
      setTimeout(() => res.end(Buffer.concat([Buffer.from('<p>Grüße, ', 'utf8').subarray(8), Buffer.from('Traktor</p>', 'utf8')])), 20);
    });
    const result = await includeFragment({ ...miniCart, personal: true, origin, log: recorder().log });
    expect(result).toMatchObject({ ok: true, html: '<p>Grüße, Traktor</p>' });
  });

  it('renders a given fallback instead of the placeholder', async () => {
    const origin = await deadOrigin();
    const result = await includeFragment({ ...miniCart, personal: false, origin, log: recorder().log, fallback: html`<a href="/checkout/cart">Cart</a>` });
    expect(result.html).toBe('<a href="/checkout/cart">Cart</a>');
  });

  it('rejects a fragment name no element can carry, a bug in the caller rather than a failing owner', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    await expect(includeFragment({ ...miniCart, name: 'Mini Cart', personal: false, fetch: fetchSpy })).rejects.toThrow(FragmentDefinitionError);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  describe('request headers', () => {
    async function headersSeen(options: Partial<IncludeOptions> & { personal: boolean }): Promise<IncomingHttpHeaders> {
      let seen: IncomingHttpHeaders = {};
      const origin = await owner((req, res) => {
        seen = req.headers;
        res.end('ok');
      });
      const result = await includeFragment({ ...miniCart, origin, log: recorder().log, ...options });
      expect(result.ok).toBe(true);
      return seen;
    }

    it('forwards cookie and request id to a personal fragment', async () => {
      const seen = await headersSeen({ personal: true });
      expect(seen).toMatchObject({
        cookie: 'c_cart=abc; c_store=s1',
        'x-request-id': 'req-1',
        accept: 'text/html',
        'x-fragment-include': '1',
        'x-forwarded-host': 'shop.example.com',
        'x-forwarded-proto': 'https',
      });
      expect(seen['user-agent']).not.toBe('browser');
    });

    it('tells a personal fragment when the page is only fetched ahead of a click', async () => {
      const request = new Headers({ cookie: 'c_cart=abc', 'sec-purpose': 'prefetch;prerender' });
      expect(await headersSeen({ personal: true, request })).toMatchObject({ 'sec-purpose': 'prefetch;prerender' });
      expect((await headersSeen({ personal: false, request }))['sec-purpose']).toBeUndefined();
    });

    it('sends nothing shopper-specific to a public fragment', async () => {
      const seen = await headersSeen({ personal: false });
      expect(seen.cookie).toBeUndefined();
      expect(seen['x-request-id']).toBeUndefined();
      expect(seen).toMatchObject({ accept: 'text/html', 'x-fragment-include': '1', 'x-forwarded-host': 'shop.example.com' });
    });

    it('asks for the HTML uncompressed, personal or public', async () => {
      for (const personal of [true, false]) expect((await headersSeen({ personal }))['accept-encoding']).toBe('identity');
    });

    it('makes up a request id when the shopper request has none', async () => {
      const seen = await headersSeen({ personal: true, request: new Headers({ cookie: 'c_cart=abc' }) });
      expect(seen['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  it('keeps a public include in the server’s cache, never a personal one', async () => {
    const asked: string[] = [];
    const origin = await owner((req, res) => {
      asked.push(req.headers.cookie ?? 'no cookie');
      res.end('<checkout-mini-cart>0</checkout-mini-cart>');
    });
    for (let i = 0; i < 3; i += 1) expect((await includeFragment({ ...miniCart, personal: false, origin })).html).toBe('<checkout-mini-cart>0</checkout-mini-cart>');
    for (let i = 0; i < 2; i += 1) await includeFragment({ ...miniCart, personal: true, origin });
    expect(asked).toEqual(['no cookie', 'c_cart=abc; c_store=s1', 'c_cart=abc; c_store=s1']);
    expect(publicFragments.size).toBe(1);
  });

  it('keeps a public include apart for each public host its links are built for', async () => {
    const origin = await owner((req, res) => res.end(`built for ${req.headers['x-forwarded-host'] ?? 'no host'}`));
    const forHost = (host: string) => includeFragment({ ...miniCart, personal: false, origin, request: new Headers({ 'x-forwarded-host': host }) });
    expect((await forHost('a.example')).html).toBe('built for a.example');
    expect((await forHost('b.example')).html).toBe('built for b.example');
    expect((await forHost('a.example')).html).toBe('built for a.example');
  });

  it('still fills the cache when the page could not wait: the views after it get the fragment', async () => {
    let asked = 0;
    const origin = await owner((_req, res) => {
      asked += 1;
      setTimeout(() => res.end('<checkout-mini-cart>slow</checkout-mini-cart>'), 300);
    });
    const impatient = () => includeFragment({ ...miniCart, personal: false, origin, timeoutMs: 50 });
    const first = await Promise.all([impatient(), impatient(), impatient()]);
    expect(first.map((result) => result.reason)).toEqual(['timeout', 'timeout', 'timeout']);
    await expect.poll(() => publicFragments.size).toBe(1);
    expect((await impatient()).html).toBe('<checkout-mini-cart>slow</checkout-mini-cart>');
    expect(asked).toBe(1);
  });

  it('caches no failed public include', async () => {
    let calls = 0;
    const origin = await owner((_req, res) => {
      calls += 1;
      res.statusCode = calls === 1 ? 503 : 200;
      res.end('fine now');
    });
    expect((await includeFragment({ ...miniCart, personal: false, origin })).ok).toBe(false);
    expect((await includeFragment({ ...miniCart, personal: false, origin })).html).toBe('fine now');
  });

  it('sends every include through an injected fetch, uncached, with the timeout signal', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const capture: typeof fetch = async (_input, init) => (inits.push(init), new Response('ok'));
    for (const personal of [false, false, true]) await includeFragment({ ...miniCart, personal, origin: 'http://owner.test', fetch: capture });
    expect(inits).toHaveLength(3);
    expect(inits.every((init) => init?.cache === 'no-store' && init.signal instanceof AbortSignal && init.redirect === 'manual')).toBe(true);
    expect(publicFragments.size).toBe(0);
  });

  describe('origin', () => {
    function urlsOf(): { urls: string[]; fetch: typeof fetch } {
      const urls: string[] = [];
      return { urls, fetch: async (input) => (urls.push(String(input)), new Response('ok')) };
    }

    it('comes from FRAGMENTS_ORIGIN, else the local edge router', async () => {
      const first = urlsOf();
      vi.stubEnv('FRAGMENTS_ORIGIN', '');
      await includeFragment({ ...miniCart, personal: false, fetch: first.fetch });
      vi.stubEnv('FRAGMENTS_ORIGIN', 'https://shop.example.com');
      await includeFragment({ ...miniCart, personal: false, fetch: first.fetch });
      expect(first.urls).toEqual(['http://127.0.0.1:3000/checkout/fragments/mini-cart', 'https://shop.example.com/checkout/fragments/mini-cart']);
    });

    it('turns a broken FRAGMENTS_ORIGIN into a logged fallback, not a broken page', async () => {
      vi.stubEnv('FRAGMENTS_ORIGIN', 'not a url');
      const { log, warnings } = recorder();
      const result = await includeFragment({ ...miniCart, personal: false, log });
      expect(result).toMatchObject({ ok: false, reason: 'error', html: fallback });
      expect(warnings[0]?.fields?.['error']).toMatch(/FRAGMENTS_ORIGIN/);
    });
  });
});

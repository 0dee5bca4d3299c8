import { Window } from 'happy-dom';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fragmentLoaderScript } from './fragment-loader';

type Answer = { status: number; body: string; retryAfter?: string } | 'network-error';
type FakeResponse = { ok: boolean; status: number; headers: Headers; text(): Promise<string> };

/** The browser globals the loader reads besides the DOM (Date: the test's fake clock); `random` fixes the jitter (0.5: three quarters of each step). */
function browserGlobals(random = 0.5) {
  return { location: { href: 'http://shop.test/product/CL-01', origin: 'http://shop.test' }, URL, Date, Math: Object.assign(Object.create(Math) as Math, { random: () => random }) };
}

const placeholder =
  '<checkout-mini-cart data-boundary="checkout" data-fragment-src="/checkout/fragments/mini-cart"></checkout-mini-cart>';
const miniCart =
  '<checkout-mini-cart data-boundary="checkout"><b>2</b>' +
  '<script type="module" src="/checkout/static/mini-cart.js" async=""></script><script>ran.push("inline")</script>' +
  '</checkout-mini-cart>';

const windows: Window[] = [];

/**
 * A real DOM (happy-dom) where, as in a browser, scripts parsed from an HTML string never run and
 * scripts made with createElement run once connected. Scripts record themselves in `ran`; a script
 * URL answers with code that does the same.
 */
function browserWindow(readyState: 'loading' | 'complete') {
  const window: Window = new Window({
    url: 'http://localhost:3000/product/CL-01',
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ request }) =>
            new window.Response(`ran.push('src ${new URL(request.url).pathname}')`, { headers: { 'content-type': 'text/javascript' } }),
        },
      },
    },
  });
  windows.push(window);
  const ran: string[] = [];
  Object.assign(window, { ran });
  const { document } = window;
  Object.defineProperty(document, 'readyState', { configurable: true, value: readyState });
  Object.defineProperty(document, 'visibilityState', { configurable: true, writable: true, value: 'visible' });
  return { window, document, ran };
}

/** Dispatches a plain event of `type` on the window or its document. */
const fire = (target: Window | Window['document'], type: string, window: Window) => target.dispatchEvent(new window.Event(type));

/** Runs the inline script text, not the function, in an empty global scope: it must stand alone. */
function boot(body: string, answers: Answer[], readyState: 'loading' | 'complete' = 'complete') {
  const { window, document, ran } = browserWindow(readyState);
  document.body.innerHTML = body;
  const fetch = vi.fn<(src: string, init: RequestInit) => Promise<FakeResponse>>(() => {
    const answer = answers.shift() ?? 'network-error';
    if (answer === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    const headers = new Headers(answer.retryAfter ? { 'retry-after': answer.retryAfter } : {});
    return Promise.resolve({ ok: answer.status < 300, status: answer.status, headers, text: () => Promise.resolve(answer.body) });
  });
  const console = { error: vi.fn(), warn: vi.fn(), log: vi.fn() };
  runInNewContext(fragmentLoaderScript, { document, window, fetch, console, setTimeout, clearTimeout, ...browserGlobals() });
  return { document, window, fetch, console, ran };
}

/** Lets pending promise callbacks run, moving fake time on by `ms`. */
const elapse = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

describe('fragmentLoaderScript', () => {
  it('replaces an empty placeholder with the fragment and runs its scripts', async () => {
    const filled = '<explore-header data-fragment-src="/explore/fragments/header"><nav>from the server</nav></explore-header>';
    const { document, window, fetch, console, ran } = boot(`<main>${placeholder}${filled}</main>`, [{ status: 200, body: miniCart }]);
    await elapse();
    vi.useRealTimers();
    await window.happyDOM.waitUntilComplete();

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/checkout/fragments/mini-cart', { credentials: 'same-origin', headers: { accept: 'text/html' } });
    expect(document.body.innerHTML).toBe(`<main>${miniCart}${filled}</main>`);
    expect(ran.sort()).toEqual(['inline', 'src /checkout/static/mini-cart.js']);
    expect(console.error).not.toHaveBeenCalled();
  });

  it('needs the loader: an inline script parsed from a string stays inert, as in a browser', async () => {
    // (happy-dom, unlike a browser, still loads a parsed script's src: the inline script carries the check.)
    const { document, window, ran } = boot('', []);
    document.body.innerHTML = miniCart;
    await window.happyDOM.waitUntilComplete();
    expect(ran).not.toContain('inline');
  });

  it('waits for DOMContentLoaded while the document is still loading', async () => {
    const { document, window, fetch } = boot(placeholder, [{ status: 200, body: miniCart }], 'loading');
    await elapse(100);
    expect(fetch).not.toHaveBeenCalled();
    fire(document, 'DOMContentLoaded', window);
    await elapse();
    expect(document.body.innerHTML).toBe(miniCart);
  });

  it('retries a failed load with exponential, jittered backoff: about 1 s, then about 2 s more', async () => {
    const { document, fetch, console } = boot(placeholder, ['network-error', { status: 503, body: 'down' }, { status: 200, body: miniCart }]);
    await elapse();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(document.body.innerHTML).toBe(placeholder);

    // Half of each step is fixed, half random (0.5 here): 500 + 250 ms.
    await elapse(749);
    expect(fetch).toHaveBeenCalledTimes(1);
    await elapse(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(document.body.innerHTML).toBe(placeholder);

    await elapse(1499);
    expect(fetch).toHaveBeenCalledTimes(2);
    await elapse(1);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(document.body.innerHTML).toBe(miniCart);
    expect(Object.values(console).every((method) => method.mock.calls.length === 0)).toBe(true);
  });

  it('gives up after four tries and starts over when the shopper is back online or on the tab', async () => {
    const { document, window, fetch } = boot(placeholder, []);
    await elapse(60_000);
    expect(fetch).toHaveBeenCalledTimes(4);

    fire(window, 'online', window);
    await elapse();
    expect(fetch).toHaveBeenCalledTimes(5);
    // The backoff starts over after coming back.
    await elapse(750);
    expect(fetch).toHaveBeenCalledTimes(6);
    await elapse(60_000);
    expect(fetch).toHaveBeenCalledTimes(8);

    Object.assign(document, { visibilityState: 'hidden' });
    fire(document, 'visibilitychange', window);
    await elapse();
    expect(fetch).toHaveBeenCalledTimes(8);
    Object.assign(document, { visibilityState: 'visible' });
    fire(document, 'visibilitychange', window);
    await elapse();
    expect(fetch).toHaveBeenCalledTimes(9);
  });

  it('while it is still trying, coming back to the tab does not add requests', async () => {
    const { document, window, fetch } = boot(placeholder, []);
    await elapse();
    expect(fetch).toHaveBeenCalledTimes(1);
    fire(document, 'visibilitychange', window);
    await elapse();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('waits as long as Retry-After asks, in seconds or as a date', async () => {
    const { fetch } = boot(placeholder, [{ status: 503, body: 'busy', retryAfter: '5' }, { status: 503, body: 'busy', retryAfter: new Date(Date.now() + 5000 + 9000).toUTCString() }]);
    await elapse();
    expect(fetch).toHaveBeenCalledTimes(1);
    await elapse(4999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await elapse(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    // The date is 9 s after the second try (HTTP dates have whole seconds).
    await elapse(8000);
    expect(fetch).toHaveBeenCalledTimes(2);
    await elapse(1000);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('spreads shoppers who failed together over the backoff step', async () => {
    const first = (random: number) => {
      const { document, window } = browserWindow('complete');
      document.body.innerHTML = placeholder;
      const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
      runInNewContext(fragmentLoaderScript, { document, window, fetch, setTimeout, clearTimeout, ...browserGlobals(random) });
      return fetch;
    };
    const early = first(0);
    const late = first(0.99);
    await elapse(500);
    expect(early).toHaveBeenCalledTimes(2);
    expect(late).toHaveBeenCalledTimes(1);
    await elapse(500);
    expect(late).toHaveBeenCalledTimes(2);
  });

  it('gives up at once on an answer that will not change (404)', async () => {
    const { fetch } = boot(placeholder, [{ status: 404, body: 'no such fragment' }]);
    await elapse(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another origin', 'https://evil.test/checkout/fragments/mini-cart'],
    ['a protocol-relative URL', '//evil.test/checkout/fragments/mini-cart'],
    ['a path that is not a fragment route', '/checkout/api/trpc/cart.get'],
    ['a path that only starts like one', '/checkout/fragments/mini-cart/../../cart'],
    ['a script URL', 'javascript:alert(1)'],
  ])('never fetches %s', async (_, src) => {
    const { fetch } = boot(`<checkout-mini-cart data-fragment-src="${src}"></checkout-mini-cart>`, []);
    await elapse(60_000);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fetches a manifest fragment route with its query, origin-relative', async () => {
    const { fetch } = boot('<checkout-add-to-cart data-fragment-src="/checkout/fragments/add-to-cart?sku=CL-01-GY"></checkout-add-to-cart>', [{ status: 200, body: '<p>ok</p>' }]);
    await elapse();
    expect(fetch).toHaveBeenCalledWith('/checkout/fragments/add-to-cart?sku=CL-01-GY', expect.anything());
  });

  it('does not load an element twice at once', async () => {
    const { window, fetch } = boot(placeholder, []);
    fetch.mockImplementation(() => new Promise(() => undefined));
    fire(window, 'online', window);
    await elapse();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('can be inlined in a script element without ending it early', () => {
    expect(fragmentLoaderScript).not.toMatch(/<\/script/i);
  });

  it('keeps even a fetch that throws outright away from the console', async () => {
    const { document, window } = browserWindow('complete');
    document.body.innerHTML = placeholder;
    const console = { error: vi.fn() };
    const fetch = vi.fn(() => {
      throw new TypeError('fetch is broken');
    });
    expect(() => runInNewContext(fragmentLoaderScript, { document, window, fetch, console, setTimeout, clearTimeout, ...browserGlobals() })).not.toThrow();
    await elapse(750);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(console.error).not.toHaveBeenCalled();
  });
});

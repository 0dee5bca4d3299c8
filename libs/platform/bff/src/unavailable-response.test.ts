import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './database-gate';
import { unavailableResponse } from './unavailable-response';

describe('unavailableResponse', () => {
  it('gives a browser the branded page, never cached, with Retry-After and a way to try again', async () => {
    const response = unavailableResponse(new Request('http://shop.test/checkout/cart', { headers: { accept: 'text/html' } }), { context: 'checkout' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('<h1>Checkout is catching its breath</h1>');
    expect(page).toContain('Nothing was changed. Please try again in a few seconds');
    expect(page).toContain('<a href="">Try again</a>');
    expect(page).toContain('data-boundary="checkout"');
  });

  it('sends a form post back to the page it came from, by path only', async () => {
    const post = new Request('http://shop.test/checkout/cart/add', { method: 'POST', headers: { accept: 'text/html', referer: 'https://elsewhere.example/product/AU-01?sku=AU-01-SI&x="><script>' } });
    const page = await unavailableResponse(post, { context: 'checkout', outcome: 'Nothing was added to your basket.' }).text();
    expect(page).toContain('Nothing was added to your basket.');
    expect(page).toContain('href="/product/AU-01?sku=AU-01-SI&amp;x=%22%3E%3Cscript%3E">Try again');
    expect(page).not.toContain('elsewhere.example');
  });

  it('answers everything else in tRPC’s error shape', async () => {
    const response = unavailableResponse(new Request('http://shop.test/product/api/trpc/product.byId'), { context: 'decide' });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      error: { message: 'Decide is catching its breath. Nothing was changed. Please try again in a few seconds.', code: -32603, data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } },
    });
  });
});

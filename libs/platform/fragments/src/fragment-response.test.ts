import { describe, expect, it } from 'vitest';
import { fragmentResponse } from './fragment-response';
import { html } from './html';

describe('fragmentResponse', () => {
  it('lets shared caches keep public fragments briefly, for every shopper alike', async () => {
    const response = fragmentResponse(html`<p>${'a&b'}</p>`, { personal: false });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=10, s-maxage=10, stale-while-revalidate=30');
    expect(response.headers.get('vary')).toBeNull();
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(await response.text()).toBe('<p>a&amp;b</p>');
  });

  it('keeps personal fragments out of every cache', async () => {
    const response = fragmentResponse('<p>2 items</p>', { personal: true, status: 404 });
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toBe('cookie');
    expect(await response.text()).toBe('<p>2 items</p>');
  });
});

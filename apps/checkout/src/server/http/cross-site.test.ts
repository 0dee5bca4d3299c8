import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, isCrossSite } from './cross-site';

const shop = { host: '127.0.0.1:3003', 'x-forwarded-host': 'localhost:3000' };

describe('isCrossSite', () => {
  it.each([
    ['a same-origin fetch', { ...shop, 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' }],
    ['a typed address (no initiator)', { ...shop, 'sec-fetch-site': 'none' }],
    ['a client without fetch metadata or origin (curl, a server)', { ...shop }],
    ['an older browser sending only the shop’s own origin', { ...shop, origin: 'http://localhost:3000' }],
    ['a direct request to the app, without the edge', { host: 'localhost:3003', origin: 'http://localhost:3003' }],
  ])('lets %s through', (_, headers) => {
    expect(isCrossSite(new Headers(headers))).toBe(false);
  });

  it.each([
    ['a cross-site form post', { ...shop, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['a sibling subdomain', { ...shop, 'sec-fetch-site': 'same-site', origin: 'http://shop.localhost:3000' }],
    ['another origin without fetch metadata', { ...shop, origin: 'https://evil.example' }],
    ['the shop’s host on another port', { ...shop, origin: 'http://localhost:4000' }],
    ['an opaque origin', { ...shop, origin: 'null' }],
    ['fetch metadata saying cross-site even with a matching origin', { ...shop, 'sec-fetch-site': 'cross-site', origin: 'http://localhost:3000' }],
  ])('refuses %s', (_, headers) => {
    expect(isCrossSite(new Headers(headers))).toBe(true);
  });

  it('refuses with a 403 that says why', async () => {
    const response = crossSiteRefusal();
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Cross-site request refused');
  });
});

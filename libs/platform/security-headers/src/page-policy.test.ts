import { describe, expect, it } from 'vitest';
import { pagePolicy } from './page-policy';

describe('pagePolicy', () => {
  it('puts one fresh nonce in the request CSP (where Next reads it), x-nonce and the response CSP', () => {
    const { requestHeaders, csp } = pagePolicy(new Headers({ cookie: 'c_cart=1' }), { development: false });
    const nonce = requestHeaders.get('x-nonce');
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(requestHeaders.get('content-security-policy')).toBe(csp);
    expect(requestHeaders.get('cookie')).toBe('c_cart=1');
    expect(pagePolicy(new Headers(), { development: false }).requestHeaders.get('x-nonce')).not.toBe(nonce);
  });

  it('upgrades insecure requests only when the shopper came over HTTPS', () => {
    expect(pagePolicy(new Headers({ 'x-forwarded-proto': 'https' }), { development: false }).csp).toContain('upgrade-insecure-requests');
    expect(pagePolicy(new Headers({ 'x-forwarded-proto': 'http' }), { development: false }).csp).not.toContain('upgrade-insecure-requests');
  });
});

import { describe, expect, it } from 'vitest';
import { pagePolicy } from './page-policy';

describe('pagePolicy', () => {
  it('puts one fresh nonce in the request CSP (where Next reads it), x-nonce and the response CSP', () => {
    const { requestHeaders, csp } = pagePolicy(undefined, { development: false });
    const nonce = requestHeaders['x-nonce'];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(requestHeaders['content-security-policy']).toBe(csp);
    expect(pagePolicy(undefined, { development: false }).requestHeaders['x-nonce']).not.toBe(nonce);
  });

  it('upgrades insecure requests only when the shopper came over HTTPS', () => {
    expect(pagePolicy('https', { development: false }).csp).toContain('upgrade-insecure-requests');
    expect(pagePolicy('https, http', { development: false }).csp).toContain('upgrade-insecure-requests');
    expect(pagePolicy('http', { development: false }).csp).not.toContain('upgrade-insecure-requests');
    expect(pagePolicy(undefined, { development: false }).csp).not.toContain('upgrade-insecure-requests');
  });
});

import { describe, expect, it } from 'vitest';
import { cloudFrontHeadersPolicy } from './cloudfront-headers-policy';
import { contentSecurityPolicy } from './content-security-policy';
import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('sends nosniff, a referrer policy, no framing, COOP and a minimal permissions policy', () => {
    expect(securityHeaders()).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    });
  });

  it('adds HSTS in production only', () => {
    expect(securityHeaders({ production: true })['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(securityHeaders()['Strict-Transport-Security']).toBeUndefined();
  });
});

describe('cloudFrontHeadersPolicy', () => {
  it('renders every header of the policy, the custom ones included', () => {
    const cf = cloudFrontHeadersPolicy({ production: true });
    const headers = securityHeaders({ production: true });
    expect(cf.securityHeadersConfig.referrerPolicy.referrerPolicy).toBe(headers['Referrer-Policy']);
    expect(cf.securityHeadersConfig.frameOptions.frameOption).toBe(headers['X-Frame-Options']);
    expect(cf.securityHeadersConfig.strictTransportSecurity).toMatchObject({ accessControlMaxAgeSec: 63_072_000, includeSubdomains: true, override: true });
    expect(cf.customHeadersConfig.items).toEqual([
      { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
      { header: 'Permissions-Policy', value: headers['Permissions-Policy'], override: true },
    ]);
  });

  it('keeps the CSP a page sent with its nonce and gives every other response the nonce-less one', () => {
    const cf = cloudFrontHeadersPolicy({ production: true });
    expect(cf.securityHeadersConfig.contentSecurityPolicy).toEqual({ contentSecurityPolicy: contentSecurityPolicy({ production: true }), override: false });
  });

  it('sends no HSTS outside production', () => {
    expect(cloudFrontHeadersPolicy({ production: false }).securityHeadersConfig).not.toHaveProperty('strictTransportSecurity');
  });
});

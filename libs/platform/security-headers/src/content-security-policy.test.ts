import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `) || d === name);

describe('contentSecurityPolicy', () => {
  it('allows no inline script without a nonce or hash, and no framing', () => {
    const csp = contentSecurityPolicy();
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'none'");
  });

  it('adds the nonce and the listed hashes to script-src only', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123==', scriptHashes: ['sha256-xyz='] });
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'sha256-xyz=' 'nonce-abc123=='");
    expect(csp.match(/nonce-/g)).toHaveLength(1);
  });

  it('never allows inline scripts, in development either', () => {
    for (const options of [{}, { development: true }, { production: true, nonce: 'n' }]) {
      expect(directive(contentSecurityPolicy(options), 'script-src')).not.toContain('unsafe-inline');
    }
    expect(directive(contentSecurityPolicy({ development: true }), 'script-src')).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy({ production: true }), 'script-src')).not.toContain("'unsafe-eval'");
  });

  it('upgrades insecure requests in production only', () => {
    expect(contentSecurityPolicy({ production: true })).toMatch(/; upgrade-insecure-requests$/);
    expect(contentSecurityPolicy()).not.toContain('upgrade-insecure-requests');
  });
});

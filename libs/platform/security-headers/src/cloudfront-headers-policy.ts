/**
 * The policy in the shape of CloudFront's response headers policy (`aws.cloudfront.ResponseHeadersPolicy`
 * arguments), so `stacks/router.ts` states no header of its own. Plain data: no SST or Pulumi import.
 *
 * CloudFront cannot mint a nonce per response. Pages get theirs from their context's proxy, whose
 * CSP reaches the viewer untouched (`override: false`); every other response (assets, APIs,
 * fragments, CloudFront's own errors) gets the nonce-less CSP, which allows no inline script.
 */
import { contentSecurityPolicy } from './content-security-policy';
import { policy } from './policy';
import { securityHeaders } from './security-headers';

/** Headers CloudFront sets through its own typed fields; the rest go in as custom headers. */
const typed = new Set(['x-content-type-options', 'x-frame-options', 'referrer-policy', 'strict-transport-security']);

export function cloudFrontHeadersPolicy(options: { production: boolean }) {
  const { production } = options;
  const custom = Object.entries(securityHeaders({ production })).filter(([name]) => !typed.has(name.toLowerCase()));
  return {
    comment: 'The Tractor Store security headers (libs/platform/security-headers)',
    securityHeadersConfig: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy({ production }), override: false },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: policy.frameOptions, override: true },
      referrerPolicy: { referrerPolicy: policy.referrerPolicy, override: true },
      ...(production && {
        strictTransportSecurity: {
          accessControlMaxAgeSec: policy.hsts.maxAgeSeconds,
          includeSubdomains: policy.hsts.includeSubDomains,
          preload: false,
          override: true,
        },
      }),
    },
    customHeadersConfig: { items: custom.map(([header, value]) => ({ header, value, override: true })) },
  };
}

import { policy } from './policy';

export interface SecurityHeaderOptions {
  /** Adds HSTS; only where the shop is served over HTTPS for good. */
  readonly production?: boolean;
}

/** Every policy header except the CSP, which depends on the response (its nonce). */
export function securityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': policy.referrerPolicy,
    'X-Frame-Options': policy.frameOptions,
    'Cross-Origin-Opener-Policy': policy.openerPolicy,
    'Permissions-Policy': policy.disabledFeatures.map((feature) => `${feature}=()`).join(', '),
  };
  if (options.production) headers['Strict-Transport-Security'] = strictTransportSecurity();
  return headers;
}

export function strictTransportSecurity(): string {
  const { maxAgeSeconds, includeSubDomains } = policy.hsts;
  return `max-age=${maxAgeSeconds}${includeSubDomains ? '; includeSubDomains' : ''}`;
}

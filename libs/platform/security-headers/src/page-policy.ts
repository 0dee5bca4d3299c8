import { contentSecurityPolicy } from './content-security-policy';
import { createNonce, nonceHeader } from './script-nonce';

export interface PagePolicy {
  /** The request headers the page renders with: its nonce, and the CSP Next reads it from. */
  readonly requestHeaders: Headers;
  /** The CSP the page's response carries. */
  readonly csp: string;
}

/**
 * One fresh nonce for one page view. Next applies the nonce it finds in the request's
 * `Content-Security-Policy` header to its own inline and bundle scripts; the shop's inline scripts
 * read it from `x-nonce`. Over HTTPS (as the edge or CloudFront reports it) the policy also
 * upgrades any insecure subresource.
 */
export function pagePolicy(incoming: Headers, options: { development: boolean }): PagePolicy {
  const nonce = createNonce();
  const proto = incoming.get('x-forwarded-proto') ?? incoming.get('cloudfront-forwarded-proto');
  const csp = contentSecurityPolicy({ nonce, development: options.development, production: proto?.split(',')[0]?.trim() === 'https' });
  const requestHeaders = new Headers(incoming);
  requestHeaders.set(nonceHeader, nonce);
  requestHeaders.set('content-security-policy', csp);
  return { requestHeaders, csp };
}

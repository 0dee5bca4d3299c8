import { contentSecurityPolicy } from './content-security-policy';
import { createNonce, nonceHeader } from './script-nonce';

export interface PagePolicy {
  /** The headers the page renders with, added to its request: its nonce, and the CSP Next reads it from. */
  readonly requestHeaders: { readonly [nonceHeader]: string; readonly 'content-security-policy': string };
  /** The CSP the page's response carries. */
  readonly csp: string;
}

/**
 * One fresh nonce for one page view. Next applies the nonce it finds in the request's
 * `Content-Security-Policy` header to its own inline and bundle scripts; the shop's inline scripts
 * read it from `x-nonce`. Over HTTPS (`forwardedProto`, as the edge or CloudFront reports it) the
 * policy also upgrades any insecure subresource.
 */
export function pagePolicy(forwardedProto: string | undefined, options: { development: boolean }): PagePolicy {
  const nonce = createNonce();
  const csp = contentSecurityPolicy({ nonce, development: options.development, production: forwardedProto?.split(',')[0]?.trim() === 'https' });
  return { requestHeaders: { [nonceHeader]: nonce, 'content-security-policy': csp }, csp };
}

/**
 * The one CloudFront distribution in front of every context. Its viewer-request function picks the
 * context by host, then by the longest mount path on segment boundaries (`/checkoutx` is explore's).
 * Every response leaves with the shop's security headers, rendered from the same policy the local
 * edge router applies; a page's own CSP (with its per-request nonce) is kept.
 */
import { cloudFrontHeadersPolicy } from '../libs/platform/security-headers/src/cloudfront-headers-policy';
import { isProduction, shopDomain } from './stage';

const securityHeaders = new aws.cloudfront.ResponseHeadersPolicy('ShopSecurityHeaders', cloudFrontHeadersPolicy({ production: isProduction }));

export const router = new sst.aws.Router('Shop', {
  domain: shopDomain(),
  transform: {
    cdn: (args) => {
      args.defaultCacheBehavior = $util.output(args.defaultCacheBehavior).apply((behavior) => ({ ...behavior, responseHeadersPolicyId: securityHeaders.id }));
    },
  },
});

/**
 * The one CloudFront distribution in front of every context. Its viewer-request function picks the
 * context by host, then by the longest mount path on segment boundaries (`/checkoutx` is explore's).
 */
import { shopDomain } from './stage';

export const router = new sst.aws.Router('Shop', { domain: shopDomain() });

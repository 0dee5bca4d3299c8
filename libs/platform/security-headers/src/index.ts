export { cloudFrontHeadersPolicy } from './cloudfront-headers-policy';
export { contentSecurityPolicy, type CspOptions } from './content-security-policy';
export { policy } from './policy';
export { isPage } from './is-page';
export { pagePolicy, type PagePolicy } from './page-policy';
export { createNonce, nonceHeader, scriptHash } from './script-nonce';
export { securityHeaders, strictTransportSecurity, type SecurityHeaderOptions } from './security-headers';

/** Every page view gets a fresh CSP nonce; the policy itself lives in `@tractor/security-headers`. */
export { withPageNonce as proxy } from '@tractor/security-headers/next';

// Pages only ("/" is listed or the basePath root is skipped); everything else gets the edge's nonce-less policy.
export const config = { matcher: ['/', '/((?!_next/|api/|fragments/|explore/|.*\\.[a-z0-9]+$).*)'] };

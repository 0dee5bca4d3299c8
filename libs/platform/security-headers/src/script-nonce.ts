/**
 * Per-response nonces for inline scripts. The context's proxy makes one per request and passes it
 * to the page in this request header (Next reads it from the `Content-Security-Policy` request
 * header the proxy sets too); server components read it to mark the shop's own inline scripts.
 */
export const nonceHeader = 'x-nonce';

/** 128 random bits, base64: unguessable per response, valid in a CSP source and an attribute. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** `sha256-…` of an inline script's exact text, for scripts known before any request. */
export async function scriptHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

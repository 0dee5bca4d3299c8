/** A host name with an optional port; anything else in the header is ignored, not echoed into pages. */
const hostPattern = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The shop's origin as the shopper reached it, for absolute URLs in a page (the canonical link).
 * The edge router and CloudFront keep the Host header and set `x-forwarded-proto`.
 */
export function requestOrigin(headers: Headers): URL | undefined {
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? headers.get('host');
  if (!host || !hostPattern.test(host)) return undefined;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return new URL(`${proto}://${host}`);
}

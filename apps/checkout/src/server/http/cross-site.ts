/**
 * Refuses state-changing requests that another site made the shopper's browser send (CSRF).
 * `Sec-Fetch-Site` is trusted when the browser sends it; otherwise `Origin` must name this shop's
 * own host, as the shopper sees it (the edge router and CloudFront pass it on in
 * `x-forwarded-host`). A request with neither header does not come from a modern browser's
 * cross-site form or script, so it is let through (curl, server-to-server calls).
 */
const allowedFetchSites = new Set(['same-origin', 'none']);

export function isCrossSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null && !allowedFetchSites.has(site)) return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!host) return true;
  try {
    return new URL(origin).host !== host.toLowerCase();
  } catch {
    // `Origin: null` (sandboxed frames, privacy redirects) or garbage: not this shop.
    return true;
  }
}

/** The 403 every state-changing endpoint answers a cross-site request with; nothing was changed. */
export function crossSiteRefusal(): Response {
  return new Response('Cross-site request refused: this action can only be taken on The Tractor Store itself.', {
    status: 403,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

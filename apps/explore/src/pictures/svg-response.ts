/**
 * The response for one of explore's drawings. They change only with a deploy, so browsers keep
 * them an hour and shared caches a day; the CSP stops an SVG opened on its own from running anything.
 */
const headers = {
  'content-type': 'image/svg+xml; charset=utf-8',
  'cache-control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
};

export function svgResponse(svg: string): Response {
  return new Response(svg, { headers });
}

export function pictureNotFound(what: string): Response {
  return new Response(`There is no picture of ${what}.`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
}

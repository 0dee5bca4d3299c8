/**
 * The shop's icon: the header's little tractor, white on the accent green, in a rounded square
 * that stays legible at 16 px. Served as the favicon and named in the web app manifest.
 */
export const shopIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
  '<rect width="64" height="64" rx="14" fill="#2f6b3a"/>' +
  '<g transform="translate(10 14) scale(1.25)">' +
  '<path d="M3 18V12h12l3-7h10l2 13z" fill="#fff"/>' +
  '<circle cx="26" cy="21" r="6" fill="#1b1d1c" stroke="#fff" stroke-width="2"/>' +
  '<circle cx="9" cy="22" r="4.5" fill="#1b1d1c" stroke="#fff" stroke-width="2"/></g></svg>';

/** Icons change rarely; a day in every cache, a week stale while a new one is fetched. */
export const iconCacheControl = 'public, max-age=86400, stale-while-revalidate=604800';

export function iconResponse(): Response {
  return new Response(shopIcon, { headers: { 'content-type': 'image/svg+xml', 'cache-control': iconCacheControl } });
}

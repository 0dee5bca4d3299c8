/**
 * Browsers mark requests made ahead of a click (`Sec-Purpose: prefetch`, or `prefetch;prerender`
 * for a prerendered page and everything it loads). Such a GET must change nothing: no cart created,
 * no one-time message consumed, nothing counted as a view. The shopper may never see the page.
 */
export function isSpeculative(headers: Headers): boolean {
  const purpose = headers.get('sec-purpose') ?? headers.get('purpose');
  return purpose !== null && /(^|[\s;,])prefetch([\s;,]|$)/i.test(purpose);
}

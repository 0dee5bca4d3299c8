/**
 * Which header link is where the shopper is: `page` on the link's own page, `true` anywhere below
 * it (a category under Machines), nothing elsewhere, and so nothing on other teams' pages. Matches
 * on path segments, so `/productsx` is not under `/products`.
 */
export function navCurrent(linkPath: string, pathname: string): 'page' | 'true' | null {
  if (linkPath === '/') return pathname === '/' ? 'page' : null;
  if (pathname === linkPath || pathname === `${linkPath}/`) return 'page';
  return pathname.startsWith(`${linkPath}/`) ? 'true' : null;
}

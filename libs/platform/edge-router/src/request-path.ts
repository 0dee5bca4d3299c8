/** How the router reads a request target. */
export interface RequestPath {
  /** Dot segments resolved; only used to pick the context. */
  readonly pathname: string;
  /** Path and query exactly as the client sent them (origin-form), forwarded upstream. */
  readonly forward: string;
}

/**
 * Routing looks at the resolved path, so `/product/../checkout/cart` goes where the browser and
 * Next would take it. Absolute-form targets (`GET http://host/x`) are reduced to origin-form.
 */
export function requestPath(url: string | undefined): RequestPath {
  const raw = url ?? '/';
  if (raw.startsWith('/')) {
    // Prefixing an origin keeps `//x` a path instead of a protocol-relative host.
    return { pathname: new URL(`http://edge${raw}`).pathname, forward: raw };
  }
  if (URL.canParse(raw)) {
    const parsed = new URL(raw);
    return { pathname: parsed.pathname, forward: `${parsed.pathname}${parsed.search}` };
  }
  // `OPTIONS *` and anything unparseable belongs to the root context.
  return { pathname: '/', forward: raw };
}

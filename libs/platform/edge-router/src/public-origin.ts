/**
 * The shop's public origin, as configured, never as a client claims it. Contexts build absolute
 * URLs and check request origins from the `X-Forwarded-Host`/`-Proto` the edge sets from it.
 */
const loopbackHost = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/** Refuses anything but a bare http(s) origin at start-up. */
export function parsePublicOrigin(value: string): URL {
  const url = new URL(value);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(`the public origin must be a bare http(s) origin like https://shop.example.com, got ${value}`);
  }
  return url;
}

/**
 * The host the contexts are told the shopper used. A shop on a loopback origin also answers under
 * its other loopback names on the same port (`127.0.0.1:3000` for `localhost:3000`), so pages
 * opened either way keep working; any other Host is replaced by the configured one.
 */
export function forwardedHost(origin: URL, requestHost: string | undefined): string {
  if (requestHost === undefined || !loopbackHost.test(origin.host) || !loopbackHost.test(requestHost)) return origin.host;
  const port = (host: string) => /:(\d+)$/.exec(host)?.[1] ?? (origin.protocol === 'https:' ? '443' : '80');
  return port(requestHost) === port(origin.host) ? requestHost.toLowerCase() : origin.host;
}

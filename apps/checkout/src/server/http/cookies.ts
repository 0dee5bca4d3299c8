/** Reading and writing the raw cookie headers, where Next's `cookies()` is not available (tRPC, fragments). */

export function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}

export interface CookieOptions {
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
  path?: string;
  /** Only over HTTPS; set when the shopper's request came in over HTTPS. */
  secure: boolean;
}

/** A `Set-Cookie` value. Checkout's cookies are never readable by scripts and never sent cross-site on POSTs. */
export function serializeCookie(name: string, value: string, { maxAge, path = '/', secure }: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${path}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** True when the shopper reached the shop over HTTPS, as the edge router, a proxy or CloudFront reports it. */
export function isHttps(headers: Headers): boolean {
  const proto = headers.get('x-forwarded-proto') ?? headers.get('cloudfront-forwarded-proto');
  return proto?.split(',')[0]?.trim() === 'https';
}

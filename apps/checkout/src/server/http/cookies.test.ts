import { describe, expect, it } from 'vitest';
import { isHttps, readCookie, serializeCookie } from './cookies';

describe('cookies', () => {
  it('reads one cookie among many, decoded, and ignores names that only contain it', () => {
    const headers = new Headers({ cookie: 'xc_cart=no; c_cart=a%3Ab; other=1' });
    expect(readCookie(headers, 'c_cart')).toBe('a:b');
    expect(readCookie(headers, 'missing')).toBeNull();
    expect(readCookie(new Headers({ cookie: 'c_cart=%E0%A4%A' }), 'c_cart')).toBeNull();
  });

  it('writes HttpOnly, SameSite=Lax cookies, Secure when asked', () => {
    expect(serializeCookie('c_x', 'a b', { maxAge: 10, secure: false })).toBe('c_x=a%20b; Path=/; Max-Age=10; HttpOnly; SameSite=Lax');
    expect(serializeCookie('c_x', '', { maxAge: 0, path: '/checkout', secure: true })).toBe('c_x=; Path=/checkout; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
  });

  it('knows HTTPS from what the edge or CloudFront forwards', () => {
    expect(isHttps(new Headers({ 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(isHttps(new Headers({ 'x-forwarded-proto': 'https, http' }))).toBe(true);
    expect(isHttps(new Headers({ 'cloudfront-forwarded-proto': 'https' }))).toBe(true);
    expect(isHttps(new Headers({ 'x-forwarded-proto': 'http' }))).toBe(false);
    expect(isHttps(new Headers())).toBe(false);
  });
});

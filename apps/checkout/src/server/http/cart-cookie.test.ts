import { fragments } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { cartCookie, cartCookieHeader, cartIdFrom } from './cart-cookie';
import { flashCookie } from './flash-cookie';
import { orderCookieHeader, orderIdFrom } from './order-cookie';

// 32 bytes take 43 base64url characters; the last one carries 2 bits that decoding ignores.
const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const secret = 'a-test-secret-that-is-long-enough-0123456789';
const id = '3f2b8c1e-5d4a-4b6e-9f0a-1c2d3e4f5a6b';

/** The cookie a browser would send back for a `Set-Cookie` value. */
const sent = (setCookie: string) => new Headers({ cookie: `other=1; ${setCookie.split(';')[0] ?? ''}; more=2` });

describe('c_cart', () => {
  it('is the one cookie the mini cart contract names: without it, includers share and cache the empty mini cart', () => {
    expect(fragments['checkout/mini-cart'].personalCookies).toEqual([cartCookie]);
  });

  it('with the flash cookie, makes add-to-cart personal: without either, includers share and cache it', () => {
    expect(fragments['checkout/add-to-cart'].personalCookies).toEqual([cartCookie, flashCookie]);
  });

  it('is HttpOnly, SameSite=Lax, on the whole shop, and Secure only behind HTTPS', () => {
    const header = cartCookieHeader(id, secret, false);
    expect(header).toMatch(/^c_cart=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    expect(cartCookieHeader(id, secret, true)).toMatch(/; Secure$/);
  });

  it('reads back the cart id it signed, and nothing else', () => {
    expect(cartIdFrom(sent(cartCookieHeader(id, secret, false)), secret)).toBe(id);
    expect(cartIdFrom(new Headers(), secret)).toBeNull();
  });

  it('refuses a bare cart id without its signature', () => {
    expect(cartIdFrom(new Headers({ cookie: `c_cart=${id}` }), secret)).toBeNull();
  });

  it.each([
    ['another cart id with the old signature', (v: string) => v.replace(id, '00000000-0000-4000-8000-000000000000')],
    ['a changed signature', (v: string) => v.slice(0, -2) + (v.endsWith('AA') ? 'BB' : 'AA')],
    ['a signature that decodes to the same bytes (unused last bits)', (v: string) => v.slice(0, -1) + (base64url[base64url.indexOf(v.slice(-1)) ^ 1] ?? '')],
    ['a cut signature', (v: string) => v.slice(0, -5)],
    ['no signature', (v: string) => v.split('.')[0] ?? ''],
    ['garbage', () => '%%%not-a-cookie'],
  ])('refuses %s', (_, tamper) => {
    const value = decodeURIComponent((cartCookieHeader(id, secret, false).split(';')[0] ?? '').slice('c_cart='.length));
    expect(cartIdFrom(new Headers({ cookie: `c_cart=${encodeURIComponent(tamper(value))}` }), secret)).toBeNull();
  });

  it('refuses a cookie signed with another key', () => {
    expect(cartIdFrom(sent(cartCookieHeader(id, 'x'.repeat(40), false)), secret)).toBeNull();
  });
});

describe('c_order', () => {
  it('lives under /checkout for an hour and cannot be passed off as a cart (or back)', () => {
    const header = orderCookieHeader(id, secret, false);
    expect(header).toMatch(/^c_order=[^;]+; Path=\/checkout; Max-Age=3600; HttpOnly; SameSite=Lax$/);
    expect(orderIdFrom(sent(header), secret)).toBe(id);
    const asCart = new Headers({ cookie: `c_cart=${(header.split(';')[0] ?? '').slice('c_order='.length)}` });
    expect(cartIdFrom(asCart, secret)).toBeNull();
    const asOrder = new Headers({ cookie: `c_order=${(cartCookieHeader(id, secret, false).split(';')[0] ?? '').slice('c_cart='.length)}` });
    expect(orderIdFrom(asOrder, secret)).toBeNull();
  });
});

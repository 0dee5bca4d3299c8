/**
 * `c_flash` carries the outcome of an add-to-cart form posted without JavaScript back to the
 * product page, where checkout's add-to-cart fragment shows it. The product page belongs to decide
 * and stays unaware of it: the fragment reads the cookie the page include forwards.
 *
 * Server includes cannot pass `Set-Cookie` back to the browser, so the fragment cannot consume the
 * flash when decide renders it; the cookie expires by itself after a few seconds instead (enough
 * for the redirect), and is cleared whenever the browser talks to checkout directly. It names the
 * SKU, so it shows only beside the tractor it is about. It holds nothing secret and changes nothing,
 * so it is not signed.
 */
import { isSku } from '@tractor/contracts';
import { isHttps, readCookie, serializeCookie } from './cookies';
import type { AddToCartResult } from '../domain/add-to-cart';

export const flashCookie = 'c_flash';

export type FlashKind = AddToCartResult['outcome'];

export interface Flash {
  kind: FlashKind;
  sku: string;
}

export function flashFrom(headers: Headers): Flash | null {
  const [kind, sku, ...rest] = (readCookie(headers, flashCookie) ?? '').split(':');
  return (kind === 'added' || kind === 'refused') && sku && isSku(sku) && rest.length === 0 ? { kind, sku } : null;
}

export function flashCookieHeader({ kind, sku }: Flash, headers: Headers): string {
  return serializeCookie(flashCookie, `${kind}:${sku}`, { maxAge: 20, secure: isHttps(headers) });
}

export function clearFlashHeader(headers: Headers): string {
  return serializeCookie(flashCookie, '', { maxAge: 0, secure: isHttps(headers) });
}

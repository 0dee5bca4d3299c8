/**
 * One shopper's visit, as autocannon replays it on every connection: home, the listing, a product,
 * add to cart (the plain form post), the basket, the checkout page, and then either the order or
 * leaving the basket. Cookies are kept per visit, as a browser would; every visit is a new shopper.
 */
import { randomUUID } from 'node:crypto';
import type { LoadTally } from './load-tally';
import type { SeedVariant } from './seed-stock';

export interface Visit {
  cookies: Record<string, string>;
  variant?: SeedVariant;
  page?: string;
  started?: number;
}

/** The subset of autocannon's request shape this mix uses. */
export interface MixRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: MixRequest, visit: Visit) => MixRequest;
  onResponse?: (status: number, body: string, visit: Visit, headers: Record<string, string | string[]>) => void;
}

const stores = ['store-a', 'store-b', 'store-c', 'store-d'];
const form = { 'content-type': 'application/x-www-form-urlencoded' };

function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function cookieHeader(visit: Visit): Record<string, string> {
  const pairs = Object.entries(visit.cookies).map(([name, value]) => `${name}=${value}`);
  return pairs.length > 0 ? { cookie: pairs.join('; ') } : {};
}

/** Keeps what the shop set; a cookie set with Max-Age=0 is deleted, as a browser would. */
function keepCookies(visit: Visit, headers: Record<string, string | string[]>): void {
  const raw = Object.entries(headers).find(([name]) => name.toLowerCase() === 'set-cookie')?.[1];
  for (const line of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    if (/max-age=0\b/i.test(line)) delete visit.cookies[name];
    else visit.cookies[name] = pair.slice(eq + 1).trim();
  }
}

export function shopperMix(variants: readonly SeedVariant[], orderShare: number, tally: LoadTally): MixRequest[] {
  const step = (page: string, build: (visit: Visit) => Omit<MixRequest, 'setupRequest' | 'onResponse'>): MixRequest => ({
    setupRequest: (request, visit) => {
      const next = build(visit);
      visit.page = next.method === 'POST' && page === 'order' && next.path?.endsWith('/remove') ? 'leave basket' : page;
      visit.started = performance.now();
      return { ...request, method: 'GET', ...next, headers: { accept: 'text/html', ...cookieHeader(visit), ...next.headers } };
    },
    onResponse: (status, body, visit, headers) => {
      keepCookies(visit, headers);
      tally.record(visit.page ?? page, status, performance.now() - (visit.started ?? performance.now()), body);
    },
  });

  return [
    step('home', (visit) => {
      // A new shopper starts every round of the mix.
      visit.cookies = {};
      visit.variant = pick(variants);
      return { path: '/' };
    }),
    step('listing', () => ({ path: '/products' })),
    step('product', (visit) => ({ path: `/product/${visit.variant?.productId}?sku=${visit.variant?.sku}` })),
    step('add to cart', (visit) => ({ method: 'POST', path: '/checkout/cart/add', headers: form, body: `sku=${visit.variant?.sku}&quantity=1` })),
    step('basket', () => ({ path: '/checkout/cart' })),
    step('checkout', () => ({ path: '/checkout/checkout' })),
    step('order', (visit) =>
      Math.random() < orderShare
        ? {
            method: 'POST',
            path: '/checkout/orders',
            headers: form,
            body: new URLSearchParams({ idempotencyKey: randomUUID(), firstName: 'Load', lastName: 'Test', storeId: pick(stores) }).toString(),
          }
        : { method: 'POST', path: '/checkout/cart/remove', headers: form, body: `sku=${visit.variant?.sku}` },
    ),
  ];
}

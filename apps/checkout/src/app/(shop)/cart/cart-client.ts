import { trpcPath } from '@tractor/contracts';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/root';

export type Cart = inferRouterOutputs<AppRouter>['cart']['get'];

/** The BFF refused or could not be reached; the message is for the shopper. */
export class CartClientError extends Error {
  override readonly name = 'CartClientError';
}

const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);

/**
 * The basket page's calls to checkout's own BFF, as plain fetches: the page ships no query
 * library for them. Each resolves to the basket as it is now.
 */
async function call(path: string, init: RequestInit, failure: string): Promise<Cart> {
  const response = await fetch(`${trpcPath('checkout')}/${path}`, { credentials: 'same-origin', ...init, headers: { accept: 'application/json', ...init.headers } });
  const body: unknown = await response.json().catch(() => null);
  const cart = field(field(body, 'result'), 'data');
  if (response.ok && Array.isArray(field(cart, 'lines'))) return cart as Cart;
  const message = field(field(body, 'error'), 'message');
  throw new CartClientError(typeof message === 'string' ? message : failure);
}

export const readCart = () => call('cart.get', { method: 'GET' }, 'The basket could not be loaded.');

export const removeLine = (sku: string) =>
  call('cart.remove', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sku }) }, 'Sorry, the tractor could not be removed. Please try again.');

export const setLineQuantity = (sku: string, quantity: number) =>
  call('cart.setQuantity', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sku, quantity }) }, 'Sorry, the quantity could not be changed. Please try again.');

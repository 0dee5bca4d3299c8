/** The `c_cart` cookie names the shopper's cart. Anything that is not a cart id is ignored. */
export const cartCookie = 'c_cart';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cartIdFrom(headers: Headers): string | null {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== cartCookie) continue;
    const value = decodeURIComponent(rest.join('='));
    return uuid.test(value) ? value : null;
  }
  return null;
}

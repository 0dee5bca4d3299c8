/** A shopper with one tractor in the basket (the plain add-to-cart form post), as a `cookie` header value. */
export async function basketCookie(origin: string, sku: string): Promise<string> {
  const response = await fetch(`${origin}/checkout/cart/add`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sku }).toString(),
    redirect: 'manual',
  });
  if (response.status !== 303) throw new Error(`adding ${sku} to the basket answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

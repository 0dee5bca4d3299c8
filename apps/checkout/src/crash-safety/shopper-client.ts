/** A shopper's browser talking to a BFF process over HTTP: its signed basket cookie, same-origin requests. */
import { cartCookieHeader } from '../server/http/cart-cookie';

export const secret = 'crash-safety-tests-cookie-signing-key-0123456789';

export function basketCookie(cartId: string): string {
  return cartCookieHeader(cartId, secret, false).split(';')[0] ?? '';
}

/** Calls a procedure; resolves with the parsed answer, rejects when no answer came (the server died). */
export async function call<T>(origin: string, procedure: string, input: unknown, cookie = ''): Promise<{ status: number; data?: T; error?: string; cookies: string[] }> {
  const response = await fetch(`${origin}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin', cookie },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  return { status: response.status, data: body.result?.data, error: body.error?.message, cookies: response.headers.getSetCookie() };
}

/** Runs `task` for every item, at most `width` at a time, as a handful of browsers retrying would. */
export async function inBatches<T, R>(items: readonly T[], width: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map((item, i) => task(item, start + i)))));
  }
  return results;
}

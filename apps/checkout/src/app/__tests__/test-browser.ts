/**
 * A tiny browser for tests of checkout's route handlers: it sends requests the way a same-origin
 * page on the shop would, keeps the cookies it is given and sends them back.
 */
type Handler = (req: Request) => Promise<Response> | Response;

const origin = 'http://localhost:3000';
const shop = { host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000', 'x-forwarded-proto': 'http' };

export function testBrowser(trpc: { GET: Handler; POST: Handler }) {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      if (attrs.some((a) => a.trim() === 'Max-Age=0')) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1));
    }
    return response;
  };
  return {
    jar,
    post: async (handler: Handler, path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
      keep(await handler(new Request(`http://localhost:3000${path}`, { method: 'POST', body: new URLSearchParams(form), headers: { ...shop, origin, 'sec-fetch-site': 'same-origin', cookie: cookie(), ...headers } }))),
    rpc: async (procedure: string, input: unknown, headers: Record<string, string> = {}) =>
      keep(
        await trpc.POST(
          new Request(`http://localhost:3000/api/trpc/${procedure}`, {
            method: 'POST',
            body: JSON.stringify(input),
            headers: { ...shop, origin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', cookie: cookie(), ...headers },
          }),
        ),
      ),
    get: async (handler: Handler, path: string, headers: Record<string, string> = {}) =>
      keep(await handler(new Request(`http://localhost:3000${path}`, { headers: { ...shop, cookie: cookie(), ...headers } }))),
    basket: async () => {
      const input = encodeURIComponent(JSON.stringify({}));
      const response = await trpc.GET(new Request(`http://localhost:3000/api/trpc/cart.get?input=${input}`, { headers: { ...shop, cookie: cookie() } }));
      return ((await response.json()) as { result: { data: { quantity: number; lines: { sku: string; quantity: number }[] } } }).result.data;
    },
  };
}

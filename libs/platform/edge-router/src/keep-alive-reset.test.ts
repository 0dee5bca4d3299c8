/**
 * The keep-alive race: a context closes an idle connection just as the edge sends the next request
 * on it. Reproduced here by a context that drops every second request on a reused connection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startRouter, startUpstream, waitForLines, type TestRouter, type TestUpstream } from './__tests__/test-servers';

let upstream: TestUpstream;
let edge: TestRouter;
const acted: string[] = [];

beforeAll(async () => {
  const requestsOnSocket = new WeakMap<object, number>();
  upstream = await startUpstream((req, res) => {
    const count = (requestsOnSocket.get(req.socket) ?? 0) + 1;
    requestsOnSocket.set(req.socket, count);
    // What a server whose keep-alive timer fired at this moment does: the connection is gone.
    if (count > 1) return void req.socket.destroy();
    acted.push(`${req.method} ${req.url}`);
    res.end('ok');
  });
  edge = await startRouter({ explore: upstream.origin, decide: upstream.origin, checkout: upstream.origin });
});

afterAll(async () => {
  await edge.router.close();
  await upstream.close();
});

describe('a kept-alive connection reset by the context', () => {
  it('retries a GET once on a fresh connection', async () => {
    expect((await send(`${edge.url}/checkout/cart`)).status).toBe(200);
    const before = edge.lines.length;
    const res = await send(`${edge.url}/checkout/cart?again`, { headers: { 'x-request-id': 'reset-1' } });
    expect(res.status).toBe(200);
    expect(res.body).toBe('ok');
    await waitForLines(edge.lines, before + 1);
    expect(JSON.parse(edge.lines.at(-1) ?? '')).toMatchObject({ method: 'GET', route: '/checkout/cart', status: 200, context: 'checkout', requestId: 'reset-1', note: 'retried' });
  });

  it('never repeats a POST: it is answered 502 and acted on at most once', async () => {
    expect((await send(`${edge.url}/checkout/cart`)).status).toBe(200);
    const res = await send(`${edge.url}/checkout/cart/add`, { method: 'POST', body: 'sku=CL-01-GR' });
    expect(res.status).toBe(502);
    expect(acted.filter((line) => line.startsWith('POST'))).toEqual([]);
  });
});

/** A saturated context is answered 503 by the edge within a second, while the others keep serving. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startRouter, startUpstream, waitForLines, type TestRouter, type TestUpstream } from './__tests__/test-servers';

let slow: TestUpstream;
let fast: TestUpstream;
let edge: TestRouter;
const held: Array<() => void> = [];

beforeAll(async () => {
  slow = await startUpstream((_req, res) => void held.push(() => res.end('done')));
  fast = await startUpstream((_req, res) => res.end('fast'));
  edge = await startRouter({ explore: fast.origin, decide: fast.origin, checkout: slow.origin }, { limits: { maxInFlight: 2, maxQueued: 1, queueWaitMs: 300 } });
});

afterAll(async () => {
  for (const release of held) release();
  await edge.router.close();
  await Promise.all([slow.close(), fast.close()]);
});

describe('per-context in-flight limit', () => {
  it('queues briefly, then answers 503 with Retry-After and a branded page, fast', async () => {
    const inFlight = [send(`${edge.url}/checkout/cart`), send(`${edge.url}/checkout/cart`)];
    for (let i = 0; i < 100 && held.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(held).toHaveLength(2);

    const started = performance.now();
    const [queued, refused] = await Promise.all([
      send(`${edge.url}/checkout/cart`, { headers: { accept: 'text/html' } }),
      send(`${edge.url}/checkout/api/trpc/cart.get`, { headers: { accept: 'application/json', 'x-request-id': 'busy-1' } }),
    ]);
    expect(performance.now() - started).toBeLessThan(1_000);

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(JSON.parse(refused.body)).toEqual({ error: 'overloaded', context: 'checkout', requestId: 'busy-1' });
    expect(queued.status).toBe(503);
    expect(queued.headers['x-context']).toBe('checkout');
    expect(queued.body).toContain("The checkout team's service is busy right now");

    // Another context is not held up by checkout's queue.
    expect((await send(`${edge.url}/products`)).body).toBe('fast');

    for (const release of held.splice(0)) release();
    expect((await Promise.all(inFlight)).map((res) => res.status)).toEqual([200, 200]);
  });

  it('frees a slot when the client gives up', async () => {
    await waitForLines(edge.lines, 1);
    const before = held.length;
    const gone = new AbortController();
    const request = fetch(`${edge.url}/checkout/x`, { signal: gone.signal }).catch(() => 'aborted');
    for (let i = 0; i < 100 && held.length === before; i++) await new Promise((r) => setTimeout(r, 10));
    gone.abort();
    await request;
    const next = send(`${edge.url}/checkout/y`);
    for (let i = 0; i < 100 && held.length < before + 2; i++) await new Promise((r) => setTimeout(r, 10));
    for (const release of held.splice(0)) release();
    expect((await next).status).toBe(200);
  });
});

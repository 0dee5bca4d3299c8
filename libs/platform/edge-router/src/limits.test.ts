/** The edge's caps and timeouts, each answered with its own status and page, and the shop keeps serving. */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echo, send, startRouter, startUpstream, waitForLines, type TestRouter, type TestUpstream } from './__tests__/test-servers';

let upstream: TestUpstream;
const completed: string[] = [];

/** Sends raw bytes and resolves with everything received until the router closes the connection. */
function raw(port: number, write: (socket: ReturnType<typeof connect>) => void): Promise<{ text: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => write(socket));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ text, ms: performance.now() - started }));
  });
}

beforeAll(async () => {
  upstream = await startUpstream(async (req, res) => {
    if (req.url === '/checkout/never') return; // takes the request, never answers
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(Buffer.from(chunk));
    } catch {
      return; // the edge dropped the request: it never completed here
    }
    completed.push(`${req.url} ${Buffer.concat(chunks).length}`);
    return echo('any')(req, res);
  });
});

afterAll(() => upstream.close());

describe('request bodies', () => {
  let edge: TestRouter;
  beforeAll(async () => {
    edge = await startRouter({ explore: upstream.origin, decide: upstream.origin, checkout: upstream.origin }, { limits: { maxBodyBytes: 1_000, bodyTimeoutMs: 300 } });
  });
  afterAll(() => edge.router.close());

  it('refuses a declared body over the cap with 413 and a page, without passing it on', async () => {
    const res = await send(`${edge.url}/checkout/cart/add`, { method: 'POST', headers: { accept: 'text/html' }, body: 'x'.repeat(5_000) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('larger than the store accepts');
    expect(completed.filter((line) => line.startsWith('/checkout/cart/add'))).toEqual([]);
  });

  it('cuts a chunked body off as soon as it passes the cap', async () => {
    const { text } = await raw(edge.port, (socket) => {
      socket.write('POST /checkout/cart/add HTTP/1.1\r\nHost: shop\r\nTransfer-Encoding: chunked\r\n\r\n');
      for (let i = 0; i < 5; i++) socket.write(`1f4\r\n${'y'.repeat(500)}\r\n`);
    });
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(completed.filter((line) => line.startsWith('/checkout/cart/add'))).toEqual([]);
  });

  it('passes a body under the cap on whole', async () => {
    const res = await send(`${edge.url}/checkout/cart/add`, { method: 'POST', body: 'z'.repeat(900) });
    expect(res.status).toBe(200);
    expect(completed).toContain('/checkout/cart/add 900');
  });

  it('answers 408 when the body stops arriving', async () => {
    const { text, ms } = await raw(edge.port, (socket) => {
      socket.write('POST /checkout/cart/add HTTP/1.1\r\nHost: shop\r\nAccept: text/html\r\nContent-Length: 10\r\n\r\nab');
    });
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain('took too long to arrive');
    expect(ms).toBeLessThan(3_000);
  });
});

describe('request headers', () => {
  let edge: TestRouter;
  beforeAll(async () => {
    edge = await startRouter({ explore: upstream.origin, decide: upstream.origin, checkout: upstream.origin }, { limits: { headersTimeoutMs: 500 } });
  });
  afterAll(() => edge.router.close());

  it('answers headers trickled in too slowly with 408 and a page, within seconds', async () => {
    const { text, ms } = await raw(edge.port, (socket) => {
      socket.write('GET / HTTP/1.1\r\nHost: shop\r\n');
      const timer = setInterval(() => socket.writable && socket.write('X'), 200);
      socket.on('close', () => clearInterval(timer));
    });
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain('The Tractor Store');
    expect(ms).toBeLessThan(3_000);
  });

  it('answers a request it cannot parse with 400 and a page', async () => {
    const { text } = await raw(edge.port, (socket) => socket.write('NOT HTTP AT ALL\r\n\r\n'));
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toMatch(/^content-security-policy: /im);
  });
});

describe('upstream responses', () => {
  let edge: TestRouter;
  beforeAll(async () => {
    edge = await startRouter({ explore: upstream.origin, decide: upstream.origin, checkout: upstream.origin }, { limits: { upstreamTimeoutMs: 300 } });
  });
  afterAll(() => edge.router.close());

  it('answers 504 with a page naming the context when it starts no response in time', async () => {
    const res = await send(`${edge.url}/checkout/never`, { headers: { accept: 'text/html', 'x-request-id': 'slow-1' } });
    expect(res.status).toBe(504);
    expect(res.headers['x-context']).toBe('checkout');
    expect(res.body).toContain("The checkout team's service took too long to answer");
    await waitForLines(edge.lines, 1);
    expect(JSON.parse(edge.lines.at(-1) ?? '')).toMatchObject({ method: 'GET', route: '/checkout/never', status: 504, context: 'checkout', requestId: 'slow-1', note: 'upstream-timeout' });
    expect((await send(`${edge.url}/checkout/cart`)).status).toBe(200);
  });
});

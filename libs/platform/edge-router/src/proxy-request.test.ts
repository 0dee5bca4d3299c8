import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echo, send, startRouter, startUpstream, waitForLines, type Seen, type TestRouter, type TestUpstream } from './__tests__/test-servers';

let explore: TestUpstream;
let decide: TestUpstream;
let checkout: TestUpstream;
let edge: TestRouter;

beforeAll(async () => {
  explore = await startUpstream(echo('explore'));
  checkout = await startUpstream(echo('checkout'));
  decide = await startUpstream((req, res) => {
    if (req.url !== '/product/upload') return echo('decide')(req, res);
    // Answers as soon as the first body chunk arrives, so a buffering proxy would deadlock.
    req.once('data', (chunk: Buffer) => {
      res.writeHead(200);
      res.write(`got:${chunk.toString()};`);
      req.on('data', (more: Buffer) => res.write(`got:${more.toString()};`));
      req.on('end', () => res.end('end'));
    });
  });
  edge = await startRouter({ explore: explore.origin, decide: decide.origin, checkout: checkout.origin });
});

afterAll(async () => {
  await edge.router.close();
  await Promise.all([explore.close(), decide.close(), checkout.close()]);
});

const seen = async (path: string, init?: Parameters<typeof send>[1]) => {
  const res = await send(`${edge.url}${path}`, init);
  return { res, seen: JSON.parse(res.body) as Seen };
};

describe('routing', () => {
  it.each([
    ['/', 'explore'],
    ['/products', 'explore'],
    ['/productx', 'explore'],
    ['/checkoutx', 'explore'],
    ['/product', 'decide'],
    ['/product/CL-01', 'decide'],
    ['/checkout', 'checkout'],
    ['/checkout/cart', 'checkout'],
  ])('%s goes to %s and says so in x-context', async (path, context) => {
    const { res, seen: upstream } = await seen(path);
    expect(upstream.context).toBe(context);
    expect(upstream.url).toBe(path);
    expect(res.headers['x-context']).toBe(context);
  });

  it('keeps the query string', async () => {
    const { seen: upstream } = await seen('/product/CL-01?sku=CL-01-GR&x=%20y');
    expect(upstream.url).toBe('/product/CL-01?sku=CL-01-GR&x=%20y');
  });
});

describe('requests', () => {
  it('keeps the method and body', async () => {
    const { seen: upstream } = await seen('/checkout/api/trpc/cart.add', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"sku":"AU-07-MT"}',
    });
    expect(upstream).toMatchObject({ context: 'checkout', method: 'PUT', body: '{"sku":"AU-07-MT"}' });
  });

  it('streams the request body chunk by chunk', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const req = request(`${edge.url}/product/upload`, { method: 'POST', agent: false });
      req.on('error', reject);
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          // The upstream answered before the body was complete; only now send the rest.
          if (text === 'got:one;') req.end('two');
        });
        res.on('end', () => resolve(text));
      });
      req.flushHeaders();
      req.write('one');
    });
    expect(reply).toBe('got:one;got:two;end');
  });

  it('keeps Host and sets the x-forwarded headers from its own origin, never from Host', async () => {
    const { seen: upstream } = await seen('/', { headers: { host: 'evil.example' } });
    expect(upstream.headers.host).toBe('evil.example');
    expect(upstream.headers['x-forwarded-host']).toBe(`localhost:${edge.port}`);
    expect(upstream.headers['x-forwarded-proto']).toBe('http');
    expect(upstream.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('keeps the loopback name a local shop was opened under', async () => {
    for (const host of [`127.0.0.1:${edge.port}`, `localhost:${edge.port}`]) {
      const { seen: upstream } = await seen('/', { headers: { host } });
      expect(upstream.headers['x-forwarded-host']).toBe(host);
    }
    const { seen: otherPort } = await seen('/', { headers: { host: '127.0.0.1:1' } });
    expect(otherPort.headers['x-forwarded-host']).toBe(`localhost:${edge.port}`);
  });

  it('overwrites every forwarding header a client sends, and drops CSP headers meant for the context', async () => {
    const { seen: upstream } = await seen('/', {
      headers: {
        host: 'evil.example',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-for': '203.0.113.9',
        'x-forwarded-port': '443',
        forwarded: 'for=203.0.113.9;proto=https',
        'cloudfront-forwarded-proto': 'https',
        'x-nonce': 'chosen-by-attacker',
        'content-security-policy': "script-src 'nonce-chosen'",
      },
    });
    expect(upstream.headers['x-forwarded-proto']).toBe('http');
    expect(upstream.headers['x-forwarded-host']).toBe(`localhost:${edge.port}`);
    expect(upstream.headers['x-forwarded-for']).toBe('127.0.0.1');
    for (const name of ['x-forwarded-port', 'forwarded', 'cloudfront-forwarded-proto', 'x-nonce', 'content-security-policy']) {
      expect(upstream.headers[name], name).toBeUndefined();
    }
  });

  it('drops hop-by-hop headers, including those named in Connection', async () => {
    const { seen: upstream } = await seen('/', {
      headers: { connection: 'keep-alive, x-hop', 'keep-alive': 'timeout=5', 'x-hop': 'secret', 'x-end': 'kept' },
    });
    expect(upstream.headers['x-hop']).toBeUndefined();
    expect(upstream.headers['keep-alive']).toBeUndefined();
    expect(upstream.headers['x-end']).toBe('kept');
  });
});

describe('a configured public origin', () => {
  it('is what every context is told, whatever the Host', async () => {
    const configured = await startRouter({ explore: explore.origin, decide: decide.origin, checkout: checkout.origin }, { publicOrigin: 'https://shop.example.com' });
    try {
      for (const host of ['evil.example', `localhost:${configured.port}`]) {
        const upstream = JSON.parse((await send(`${configured.url}/`, { headers: { host, 'x-forwarded-proto': 'http' } })).body) as Seen;
        expect(upstream.headers).toMatchObject({ host, 'x-forwarded-host': 'shop.example.com', 'x-forwarded-proto': 'https' });
      }
    } finally {
      await configured.router.close();
    }
  });
});

describe('request ids', () => {
  it('creates one when absent and sends the same one upstream and back', async () => {
    const { res, seen: upstream } = await seen('/');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(upstream.headers['x-request-id']).toBe(res.headers['x-request-id']);
  });

  it('keeps a sane incoming id', async () => {
    const { res, seen: upstream } = await seen('/', { headers: { 'x-request-id': 'trace.42_a-B' } });
    expect(res.headers['x-request-id']).toBe('trace.42_a-B');
    expect(upstream.headers['x-request-id']).toBe('trace.42_a-B');
  });

  it('replaces an id that is not sane', async () => {
    const { res } = await seen('/', { headers: { 'x-request-id': 'a b<script>' } });
    expect(res.headers['x-request-id']).not.toBe('a b<script>');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('trace context', () => {
  it('starts a trace when the client sent none, and logs the request under it', async () => {
    const before = edge.lines.length;
    const { res, seen: upstream } = await seen('/', { headers: { 'x-request-id': 'trace-start-1' } });
    const traceparent = String(upstream.headers.traceparent);
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    await waitForLines(edge.lines, before + 1);
    const line = edge.lines.slice(before).map((text) => JSON.parse(text)).find((entry) => entry.requestId === res.headers['x-request-id']);
    expect(line?.traceId).toBe(traceparent.split('-')[1]);
  });

  it('keeps a valid incoming traceparent and replaces a broken one', async () => {
    const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    expect((await seen('/', { headers: { traceparent: valid } })).seen.headers.traceparent).toBe(valid);
    const replaced = (await seen('/', { headers: { traceparent: '00-xyz-1-01' } })).seen.headers.traceparent;
    expect(replaced).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});

describe('access log', () => {
  it('writes one line per request with method, path, status, context, time and id', async () => {
    const before = edge.lines.length;
    await send(`${edge.url}/checkout/status/404`, { headers: { 'x-request-id': 'log-line-1' } });
    await waitForLines(edge.lines, before + 1);
    expect(edge.lines.slice(before).map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ method: 'GET', route: '/checkout/status/404', status: 404, context: 'checkout', ms: expect.any(Number), requestId: 'log-line-1' }),
    ]);
  });
});

/** What comes back through the router: statuses, redirects, cookies, streaming and cut-offs. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echo, send, startRouter, startUpstream, type TestRouter, type TestUpstream } from './__tests__/test-servers';

let explore: TestUpstream;
let decide: TestUpstream;
let edge: TestRouter;
let release: () => void = () => undefined;
let upstreamClosedEarly: Promise<boolean> = Promise.resolve(false);

beforeAll(async () => {
  explore = await startUpstream(echo('explore'));
  decide = await startUpstream(async (req, res) => {
    switch (req.url) {
      case '/product/redirect':
        res.writeHead(307, { location: '/product/CL-01?sku=CL-01-GR' });
        return res.end();
      case '/product/cookies':
        res.setHeader('set-cookie', ['d_a=1; Path=/; HttpOnly', 'd_b=2; Path=/product']);
        return res.end('two cookies');
      case '/product/stream':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<html><body>shell');
        // Holds the rest back until the test has seen the first chunk.
        await new Promise<void>((resolve) => (release = resolve));
        return res.end('rest</body></html>');
      case '/product/forever':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('first');
        upstreamClosedEarly = new Promise((resolve) => res.on('close', () => resolve(!res.writableFinished)));
        return;
      case '/product/cut':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('half a page');
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      default:
        return echo('decide')(req, res);
    }
  });
  edge = await startRouter({ explore: explore.origin, decide: decide.origin, checkout: explore.origin });
});

afterAll(async () => {
  await edge.router.close();
  await Promise.all([explore.close(), decide.close()]);
});

describe('responses', () => {
  it.each([404, 500])('passes status %i through with its body', async (status) => {
    const res = await send(`${edge.url}/product/status/${status}`);
    expect(res.status).toBe(status);
    expect(res.body).toBe('status from decide');
    expect(res.headers['x-context']).toBe('decide');
  });

  it('passes redirects through without following them', async () => {
    const res = await send(`${edge.url}/product/redirect`);
    expect(res.status).toBe(307);
    expect(res.headers.location).toBe('/product/CL-01?sku=CL-01-GR');
  });

  it('keeps two Set-Cookie headers as two', async () => {
    const res = await send(`${edge.url}/product/cookies`);
    expect(res.headers['set-cookie']).toEqual(['d_a=1; Path=/; HttpOnly', 'd_b=2; Path=/product']);
  });

  it('streams the response: the first chunk arrives before the upstream finishes', async () => {
    const first = await new Promise<{ chunk: string; rest: Promise<string> }>((resolve, reject) => {
      request(`${edge.url}/product/stream`, { agent: false }, (res) => {
        res.once('data', (chunk: Buffer) => {
          let rest = '';
          const done = new Promise<string>((ok) => {
            res.on('data', (more: Buffer) => (rest += more.toString()));
            res.on('end', () => ok(rest));
          });
          resolve({ chunk: chunk.toString(), rest: done });
        });
      })
        .on('error', reject)
        .end();
    });
    expect(first.chunk).toBe('<html><body>shell');
    release();
    await expect(first.rest).resolves.toBe('rest</body></html>');
  });
});

describe('aborts', () => {
  it('aborts the upstream request when the client goes away', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = request(`${edge.url}/product/forever`, { agent: false }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', () => undefined);
      req.end();
      setTimeout(() => reject(new Error('no first chunk')), 2_000);
    });
    await expect(upstreamClosedEarly).resolves.toBe(true);
    expect((await send(`${edge.url}/`)).status).toBe(200);
  });

  it('passes an upstream cut-off on as a cut-off and keeps serving', async () => {
    const outcome = await new Promise<string>((resolve) => {
      request(`${edge.url}/product/cut`, { agent: false }, (res) => {
        res.resume();
        res.on('error', () => resolve('error'));
        res.on('close', () => resolve(res.complete ? 'clean end' : 'cut off'));
      })
        .on('error', () => resolve('error'))
        .end();
    });
    expect(outcome).not.toBe('clean end');
    expect((await send(`${edge.url}/product/CL-01`)).status).toBe(200);
  });
});

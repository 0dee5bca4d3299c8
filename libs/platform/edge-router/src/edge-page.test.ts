import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badGatewayPage } from './edge-page';
import { deadOrigin, send, startRouter, startUpstream, waitForLines, type TestRouter, type TestUpstream } from './__tests__/test-servers';

describe('badGatewayPage', () => {
  const page = badGatewayPage('checkout', 'req-1');

  it('is a self-contained English page that names the team and links home', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toMatch(/<title>[^<]+<\/title>/);
    expect(page).toContain("The checkout team's service is not answering right now");
    expect(page).toContain('<a href="/">');
    expect(page).not.toMatch(/<link|<script|src=|url\(/);
  });
});

describe('an upstream that is down', () => {
  let explore: TestUpstream;
  let edge: TestRouter;

  beforeAll(async () => {
    explore = await startUpstream((_req, res) => res.end('explore is up'));
    const down = await deadOrigin();
    edge = await startRouter({ explore: explore.origin, decide: down, checkout: down });
  });

  afterAll(async () => {
    await edge.router.close();
    await explore.close();
  });

  it('answers 502 with an HTML page naming the context, while other contexts still answer', async () => {
    const res = await send(`${edge.url}/checkout/cart`, { headers: { accept: 'text/html,*/*;q=0.8' } });
    expect(res.status).toBe(502);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-context']).toBe('checkout');
    expect(res.body).toContain("The checkout team's service is not answering right now");
    expect(res.body).toContain(String(res.headers['x-request-id']));

    const other = await send(`${edge.url}/products`, { headers: { accept: 'text/html' } });
    expect(other.status).toBe(200);
    expect(other.body).toBe('explore is up');
    expect(other.headers['x-context']).toBe('explore');
  });

  it('answers JSON to requests that do not accept HTML', async () => {
    const res = await send(`${edge.url}/product/api/trpc/product.byId`, {
      headers: { accept: 'application/json', 'x-request-id': 'json-1' },
    });
    expect(res.status).toBe(502);
    expect(res.headers['x-context']).toBe('decide');
    expect(JSON.parse(res.body)).toEqual({ error: 'bad_gateway', context: 'decide', requestId: 'json-1' });
  });

  it('logs the upstream error on the request line', async () => {
    const before = edge.lines.length;
    await send(`${edge.url}/checkout`, { headers: { 'x-request-id': 'down-1' } });
    await waitForLines(edge.lines, before + 1);
    expect(JSON.parse(edge.lines.at(-1) ?? '')).toMatchObject({ level: 'warn', msg: 'request', method: 'GET', route: '/checkout', status: 502, context: 'checkout', requestId: 'down-1', note: 'ECONNREFUSED', traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it('answers 502 to a POST whose body it could not deliver', async () => {
    const res = await send(`${edge.url}/checkout/api/trpc/cart.add`, { method: 'POST', body: 'x'.repeat(200_000) });
    expect(res.status).toBe(502);
  });
});

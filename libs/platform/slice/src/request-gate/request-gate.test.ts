import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { databaseGateState } from '@tractor/bff';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withRequestGate } from './lambda-request-gate';
import { installRequestGate } from './node-request-gate';
import { createRequestGate, gateAnswer } from './request-gate';

// Nothing listens on port 9: a probe of this database fails at once.
const gate = createRequestGate({ context: 'decide', databaseUrl: () => 'postgresql://postgres@127.0.0.1:9/none' });
const request = (path: string, headers: Record<string, string> = {}) => ({ method: 'GET', url: path, header: (name: string) => headers[name] });
const down = () => Object.assign(databaseGateState(), { down: true, probedAt: Date.now(), probing: null });

afterEach(() => Object.assign(databaseGateState(), { down: false, probedAt: 0, probing: null }));

describe('createRequestGate', () => {
  it('gives a page a fresh nonce, in the request headers and the response CSP, synchronously', () => {
    const first = gate(request('/product/CL-01?sku=CL-01-GR'));
    expect(first).not.toBeInstanceOf(Promise);
    const page = (first as Awaited<typeof first>)?.page;
    expect(page?.csp).toContain(`'nonce-${page?.requestHeaders['x-nonce']}'`);
    expect(page?.requestHeaders['content-security-policy']).toBe(page?.csp);
    const second = gate(request('/product/CL-01')) as Awaited<typeof first>;
    expect(second?.page?.requestHeaders['x-nonce']).not.toBe(page?.requestHeaders['x-nonce']);
  });

  it('upgrades insecure requests when the edge says the shopper came over HTTPS', () => {
    const outcome = gate(request('/product/CL-01', { 'x-forwarded-proto': 'https' })) as { page?: { csp: string } };
    expect(outcome.page?.csp).toContain('upgrade-insecure-requests');
  });

  it('lets the API, fragments, element assets and Next’s files through untouched', () => {
    for (const path of ['/product/api/trpc/product.get', '/product/fragments/recommendations', '/product/elements/decide.js', '/product/_next/static/chunks/app.js']) {
      expect(gate(request(path)), path).toBeUndefined();
    }
  });

  it('answers the branded 503 while the database is down, for pages and the API alike, but not for files', async () => {
    down();
    const page = await gateAnswer(gate, new Request('http://localhost/product/CL-01', { headers: { accept: 'text/html' } }));
    expect(page?.status).toBe(503);
    expect(page?.headers.get('retry-after')).toBeTruthy();
    expect(await page?.text()).toContain('Decide is catching its breath');
    expect((await gateAnswer(gate, new Request('http://localhost/product/api/trpc/product.get')))?.status).toBe(503);
    expect(await gate(request('/product/_next/static/chunks/app.js'))).toBeUndefined();
  });
});

describe('installRequestGate (Node servers)', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    installRequestGate(gate);
    server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ nonce: req.headers['x-nonce'] ?? null, csp: req.headers['content-security-policy'] ?? null }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('hands the page its nonce on the request, and the same policy to the browser', async () => {
    const response = await fetch(`${origin}/product/CL-01`);
    const seen = (await response.json()) as { nonce: string; csp: string };
    expect(seen.nonce).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(response.headers.get('content-security-policy')).toBe(seen.csp);
    expect(seen.csp).toContain(`'nonce-${seen.nonce}'`);
  });

  it('replaces a nonce a client sent with its own', async () => {
    const response = await fetch(`${origin}/product/CL-01`, { headers: { 'x-nonce': 'chosen', 'content-security-policy': "script-src 'nonce-chosen'" } });
    const seen = (await response.json()) as { nonce: string; csp: string };
    expect(seen.nonce).not.toBe('chosen');
    expect(seen.csp).not.toContain('chosen');
  });

  it('adds nothing to a request that is not a page', async () => {
    const response = await fetch(`${origin}/product/api/trpc/product.get`);
    expect(await response.json()).toEqual({ nonce: null, csp: null });
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('answers the 503 itself while the database is down; the app never sees the request', async () => {
    down();
    const response = await fetch(`${origin}/product/CL-01`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('catching its breath');
  });
});

describe('withRequestGate (Lambda)', () => {
  const handler = withRequestGate(async (event: { method: string; rawPath: string; headers: Record<string, string> }) => ({ statusCode: 200, headers: { seen: event.headers['x-nonce'] ?? 'none' } as Record<string, string | string[]> }), gate);

  it('adds the nonce to the event and the matching CSP to the answer', async () => {
    const answer = await handler({ method: 'GET', rawPath: '/product/CL-01', headers: {} });
    expect(answer.headers['content-security-policy']).toContain(`'nonce-${String(answer.headers.seen)}'`);
  });

  it('answers the 503 in OpenNext’s shape without calling the handler while the database is down', async () => {
    down();
    const answer = await handler({ method: 'GET', rawPath: '/product/CL-01', headers: { accept: 'text/html' } });
    expect(answer).toMatchObject({ type: 'core', statusCode: 503, isBase64Encoded: false });
    expect(answer.headers.seen).toBeUndefined();
  });
});

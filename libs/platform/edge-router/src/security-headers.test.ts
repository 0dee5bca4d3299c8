import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '@tractor/security-headers';
import { deadOrigin, send, startRouter, startUpstream, type TestRouter, type TestUpstream } from './__tests__/test-servers';

let upstream: TestUpstream;
let edge: TestRouter;
let production: TestRouter;
const pageCsp = `${contentSecurityPolicy({ nonce: 'bm9uY2U=' })}`;

beforeAll(async () => {
  upstream = await startUpstream((req, res) => {
    if (req.url === '/product/page') res.setHeader('content-security-policy', pageCsp);
    res.setHeader('x-frame-options', 'SAMEORIGIN');
    res.end('hi');
  });
  const down = await deadOrigin();
  edge = await startRouter({ explore: upstream.origin, decide: upstream.origin, checkout: down });
  production = await startRouter({ explore: upstream.origin, decide: upstream.origin, checkout: down }, { production: true });
});

afterAll(async () => {
  await Promise.all([edge.router.close(), production.router.close()]);
  await upstream.close();
});

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe('the security policy on every response', () => {
  it('is added to a context’s response, overriding weaker copies, with the nonce-less CSP', async () => {
    const res = await send(`${edge.url}/products`);
    expect(res.headers).toMatchObject(lower(securityHeaders()));
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('keeps the CSP a page sent with its own nonce', async () => {
    expect((await send(`${edge.url}/product/page`)).headers['content-security-policy']).toBe(pageCsp);
  });

  it('is on the edge’s own pages too', async () => {
    const res = await send(`${edge.url}/checkout/cart`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(502);
    expect(res.headers).toMatchObject(lower(securityHeaders()));
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy());
  });

  it('adds HSTS and upgrade-insecure-requests in production', async () => {
    const res = await send(`${production.url}/products`);
    expect(res.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy({ production: true }));
  });
});

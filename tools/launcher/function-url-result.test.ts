import { describe, expect, it } from 'vitest';
import { maxPayloadBytes, writeFunctionUrlResult } from './function-url-result';
import { withServer } from '@tractor/testing';

const answer = (result: unknown) =>
  withServer((req, res) => void writeFunctionUrlResult(res, result, req.method ?? 'GET'), (origin) => fetch(origin, { redirect: 'manual' }));

describe('writeFunctionUrlResult', () => {
  it('writes status, headers, one Set-Cookie per cookie and the body', async () => {
    const response = await answer({ statusCode: 303, headers: { location: '/checkout/cart', 'content-type': 'text/html' }, cookies: ['c_cart=1; Path=/', 'c_seen=1; Path=/'], body: 'moved' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/checkout/cart');
    expect(response.headers.getSetCookie()).toEqual(['c_cart=1; Path=/', 'c_seen=1; Path=/']);
    expect(await response.text()).toBe('moved');
  });

  it('decodes base64 bodies', async () => {
    const response = await answer({ statusCode: 200, body: Buffer.from('<svg/>').toString('base64'), isBase64Encoded: true });
    expect(await response.text()).toBe('<svg/>');
  });

  it('answers 502 when the handler returns no valid response', async () => {
    expect((await answer({ body: 'no status' })).status).toBe(502);
    expect((await answer(undefined)).status).toBe(502);
  });

  it('answers 502 for a response over the 6 MB payload limit', async () => {
    const response = await answer({ statusCode: 200, body: 'x'.repeat(maxPayloadBytes + 1) });
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/6 MB/);
  });
});

import { describe, expect, it } from 'vitest';
import { toFunctionUrlEvent, type IncomingRequest } from './function-url-event';

const request = (overrides: Partial<IncomingRequest>): IncomingRequest => ({
  method: 'GET',
  url: '/checkout/cart',
  headers: {},
  body: Buffer.alloc(0),
  sourceIp: '127.0.0.1',
  requestId: 'req-1',
  functionHost: 'checkout-server.lambda-url.us-east-1.on.aws',
  ...overrides,
});

describe('toFunctionUrlEvent', () => {
  it('carries the raw path and query, parsed parameters and the function URL’s host', () => {
    const event = toFunctionUrlEvent(request({ url: '/product/CL-01?sku=CL-01-GY&x=1&x=2', headers: { host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000' } }));
    expect(event).toMatchObject({ version: '2.0', rawPath: '/product/CL-01', rawQueryString: 'sku=CL-01-GY&x=1&x=2', queryStringParameters: { sku: 'CL-01-GY', x: '1,2' } });
    expect(event.headers).toMatchObject({ host: 'checkout-server.lambda-url.us-east-1.on.aws', 'x-forwarded-host': 'localhost:3000' });
    expect(event.requestContext.http).toMatchObject({ method: 'GET', path: '/product/CL-01', sourceIp: '127.0.0.1' });
  });

  it('moves cookies out of the headers, one entry each', () => {
    const event = toFunctionUrlEvent(request({ headers: { cookie: 'c_cart=abc; theme=dark' } }));
    expect(event.cookies).toEqual(['c_cart=abc', 'theme=dark']);
    expect(event.headers['cookie']).toBeUndefined();
  });

  it('joins repeated headers with commas', () => {
    expect(toFunctionUrlEvent(request({ headers: { 'x-forwarded-for': ['1.1.1.1', '2.2.2.2'] } })).headers['x-forwarded-for']).toBe('1.1.1.1,2.2.2.2');
  });

  it('passes form posts as text and binary bodies as base64', () => {
    const form = toFunctionUrlEvent(request({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('sku=AU-02-BL') }));
    expect(form).toMatchObject({ body: 'sku=AU-02-BL', isBase64Encoded: false });
    const binary = toFunctionUrlEvent(request({ method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0, 1, 2]) }));
    expect(binary).toMatchObject({ body: 'AAEC', isBase64Encoded: true });
  });

  it('has no body or query parameters when there are none', () => {
    const event = toFunctionUrlEvent(request({}));
    expect(event.body).toBeUndefined();
    expect(event.queryStringParameters).toBeUndefined();
    expect(event.cookies).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin';

describe('requestOrigin', () => {
  it('prefers the forwarded host and protocol', () => {
    const headers = new Headers({ host: '127.0.0.1:3002', 'x-forwarded-host': 'shop.example', 'x-forwarded-proto': 'https' });
    expect(requestOrigin(headers)?.href).toBe('https://shop.example/');
  });

  it('falls back to the Host header over http', () => {
    expect(requestOrigin(new Headers({ host: 'localhost:3000' }))?.href).toBe('http://localhost:3000/');
  });

  it('ignores a host that is not a host name', () => {
    expect(requestOrigin(new Headers({ host: 'evil.example/path?x' }))).toBeUndefined();
    expect(requestOrigin(new Headers())).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { requestPath } from './request-path';

describe('requestPath', () => {
  it('forwards the target as sent and routes on its path', () => {
    expect(requestPath('/product/CL-01?sku=CL-01-GR')).toEqual({ pathname: '/product/CL-01', forward: '/product/CL-01?sku=CL-01-GR' });
  });

  it('resolves dot segments for routing only', () => {
    expect(requestPath('/product/../checkout/cart')).toEqual({ pathname: '/checkout/cart', forward: '/product/../checkout/cart' });
  });

  it('treats a leading double slash as a path, not a host', () => {
    expect(requestPath('//checkout/cart').pathname).toBe('//checkout/cart');
  });

  it('reduces an absolute-form target to origin-form', () => {
    expect(requestPath('http://shop.example/checkout/cart?x=1')).toEqual({ pathname: '/checkout/cart', forward: '/checkout/cart?x=1' });
  });

  it('sends `*` and a missing target to the root', () => {
    expect(requestPath('*').pathname).toBe('/');
    expect(requestPath(undefined)).toEqual({ pathname: '/', forward: '/' });
  });
});

import { describe, expect, it } from 'vitest';
import { shopOrigin, ShopOriginError } from './shop-origin';

describe('shopOrigin', () => {
  it('is SHOP_ORIGIN when set, else the local shop', () => {
    expect(shopOrigin({ SHOP_ORIGIN: 'https://shop.example.com' }).href).toBe('https://shop.example.com/');
    expect(shopOrigin({ SHOP_ORIGIN: 'http://localhost:19000/' }).href).toBe('http://localhost:19000/');
    expect(shopOrigin({}).href).toBe('http://localhost:3000/');
  });

  it('refuses anything but a bare http(s) origin', () => {
    for (const bad of ['shop.example.com', 'ftp://shop.example.com', 'https://shop.example.com/path', 'https://shop.example.com/?x=1']) {
      expect(() => shopOrigin({ SHOP_ORIGIN: bad }), bad).toThrow(ShopOriginError);
    }
  });
});

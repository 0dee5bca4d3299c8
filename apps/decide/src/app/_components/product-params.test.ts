import { describe, expect, it } from 'vitest';
import { productParams, skuOfProduct } from './product-params';

describe('productParams', () => {
  it('passes a well-formed SKU on', () => {
    expect(productParams('CL-01', 'CL-01-GY')).toEqual({ id: 'CL-01', sku: 'CL-01-GY' });
  });

  it('drops a missing, repeated or malformed SKU so the first variant is shown', () => {
    for (const sku of [undefined, '', ['CL-01-GY', 'CL-01-GR'], 'cl-01-gy', 'CL-01-GY ', 'x'.repeat(200)]) {
      expect(productParams('CL-01', sku).sku).toBeUndefined();
    }
  });
});

describe('skuOfProduct', () => {
  it('recognises the product’s own SKUs by their prefix', () => {
    expect(skuOfProduct('CL-01-GY', 'CL-01')).toBe(true);
    expect(skuOfProduct('AU-02-BL', 'CL-01')).toBe(false);
    expect(skuOfProduct('CL-01-', 'CL-01')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isProductId, isSku, productIdSchema, skuSchema } from './catalogue-ids';

describe('catalogue ids', () => {
  it('accepts a SKU as product id plus colour code, and nothing around it', () => {
    expect(['CL-01-GR', 'AU-07-MT'].filter(isSku)).toEqual(['CL-01-GR', 'AU-07-MT']);
    expect(['CL-01', 'cl-01-gr', 'CL-1-GR', 'CL-01-GRE', ' CL-01-GR', 'CL-01-GR\n'].filter(isSku)).toEqual([]);
  });

  it('accepts a product id as product line plus model number', () => {
    expect(['CL-01', 'AU-07'].filter(isProductId)).toEqual(['CL-01', 'AU-07']);
    expect(['CL-01-GR', 'CL01', 'C-01', 'cl-01'].filter(isProductId)).toEqual([]);
  });

  it('explains a refusal in the words every context shows', () => {
    expect(skuSchema.safeParse('x').error?.issues[0]?.message).toBe('a SKU looks like CL-01-GR');
    expect(productIdSchema.safeParse('x').error?.issues[0]?.message).toBe('a product id looks like CL-01');
  });
});

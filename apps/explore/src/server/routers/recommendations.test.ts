import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff } from '../testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(() => bff.drop());

const skus = async (input: string[]) => (await bff.caller().recommendations.forSkus({ skus: input })).map((v) => v.sku);

describe('recommendations.forSkus', () => {
  it('suggests the four variants closest to the average colour of the given SKUs', async () => {
    // Stormy Sky (112,128,144) and Glacial Mint (175,219,210) average to a pale blue-grey.
    expect(await skus(['CL-01-GY', 'AU-07-MT'])).toEqual(['AU-01-SI', 'CL-11-SK', 'CL-08-GR', 'CL-10-SD']);
    expect(await skus(['AU-02-BL'])).toEqual(['CL-09-BL', 'CL-13-BL', 'CL-04-BL', 'CL-02-BL']);
  });

  it('describes each suggestion for its picture and link', async () => {
    const [closest] = await bff.caller().recommendations.forSkus({ skus: ['CL-01-GY'] });
    expect(closest).toEqual({
      sku: 'AU-06-MT',
      productId: 'AU-06',
      productName: 'FarmFleet Sovereign',
      colourName: 'Minted Jade',
      category: 'autonomous',
      red: 98,
      green: 136,
      blue: 130,
    });
  });

  it('never suggests a given SKU', async () => {
    const given = ['CL-01-GY', 'AU-06-MT', 'CL-05-PT'];
    const suggested = await skus(given);
    expect(suggested).toHaveLength(4);
    expect(suggested.filter((sku) => given.includes(sku))).toEqual([]);
  });

  it('ignores unknown SKUs, and has nothing to suggest when none is known', async () => {
    expect(await skus(['CL-01-GY', 'ZZ-99-ZZ'])).toEqual(await skus(['CL-01-GY']));
    expect(await skus(['ZZ-99-ZZ'])).toEqual([]);
  });

  it('answers BAD_REQUEST for malformed input', async () => {
    const attempt = (input: string[]) =>
      bff
        .caller()
        .recommendations.forSkus({ skus: input })
        .then(
          () => 'resolved',
          (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
        );
    expect(await attempt([])).toBe('BAD_REQUEST');
    expect(await attempt(['cl-01-gy'])).toBe('BAD_REQUEST');
    expect(await attempt(Array.from({ length: 21 }, () => 'CL-01-GY'))).toBe('BAD_REQUEST');
  });
});

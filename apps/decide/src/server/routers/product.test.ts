import { failureCode } from '@tractor/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../prisma/seed';
import { createTestBff } from '../testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(() => bff.drop());

const code = failureCode;

describe('product.byId', () => {
  it('returns the product with highlights, variants and the first variant selected', async () => {
    const product = await bff.caller().product.byId({ id: 'CL-01' });
    expect(product.name).toBe('Heritage Workhorse');
    expect(product.category).toBe('classic');
    expect(product.highlights).toHaveLength(3);
    expect(product.variants.map((v) => v.sku)).toEqual(['CL-01-GR', 'CL-01-GY']);
    expect(product.selected).toEqual({ sku: 'CL-01-GR', name: 'Verdant Field', color: '#6B8E23', price: 5700 });
  });

  it('selects the requested variant, and the first one for a SKU of another product', async () => {
    expect((await bff.caller().product.byId({ id: 'CL-01', sku: 'CL-01-GY' })).selected.sku).toBe('CL-01-GY');
    expect((await bff.caller().product.byId({ id: 'CL-01', sku: 'AU-02-BL' })).selected.sku).toBe('CL-01-GR');
  });

  it('lists every variant with what a swatch and the picture need, in the reference order', async () => {
    const product = await bff.caller().product.byId({ id: 'AU-02', sku: 'AU-02-BL' });
    expect(product.variants).toEqual([
      { sku: 'AU-02-OG', name: 'Sunset Copper', color: '#dd5219', price: 4100 },
      { sku: 'AU-02-BL', name: 'Cosmic Sapphire', color: '#2A52BE', price: 4000 },
      { sku: 'AU-02-GG', name: 'Verdant Shadow', color: '#005A04', price: 4000 },
    ]);
    expect(product.selected).toEqual(product.variants[1]);
  });

  it('keeps highlights in their reference order', async () => {
    const product = await bff.caller().product.byId({ id: 'AU-02' });
    expect(product.highlights).toEqual([
      'Advanced autopilot technology for precise farming operations.',
      'Eco-friendly solar-assisted power system for sustainable use.',
      'Intelligent AI for real-time field analysis and automated adjustments.',
    ]);
  });

  it('imports highlights spelled "highlightsa" in the reference data', async () => {
    const product = await bff.caller().product.byId({ id: 'AU-01' });
    expect(product.highlights[0]).toBe('Precision GPS mapping optimizes field coverage.');
  });

  it('answers NOT_FOUND for an unknown product and BAD_REQUEST for a malformed id', async () => {
    expect(await code(bff.caller().product.byId({ id: 'CL-99' }))).toBe('NOT_FOUND');
    expect(await code(bff.caller().product.byId({ id: '../etc' }))).toBe('BAD_REQUEST');
    expect(await code(bff.caller().product.byId({ id: 'CL-01', sku: 'x'.repeat(100) }))).toBe('BAD_REQUEST');
    expect(await code(bff.caller().product.byId({ id: 'cl-01' }))).toBe('BAD_REQUEST');
  });
});

describe('seed', () => {
  it('is idempotent and keeps the reference data exactly', async () => {
    await seed(bff.db);
    expect(await bff.db.product.count()).toBe(23);
    expect(await bff.db.variant.count()).toBe(47);
    expect(await bff.db.highlight.count({ where: { productId: 'AU-01' } })).toBe(3);
    expect(await bff.db.product.count({ where: { highlights: { none: {} } } })).toBe(0);
  });
});

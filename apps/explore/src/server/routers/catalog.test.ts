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

describe('catalog.products', () => {
  it('lists all 23 machines, highest start price first', async () => {
    const { category, products } = await bff.caller().catalog.products({});
    expect(category).toBeNull();
    expect(products).toHaveLength(23);
    const prices = products.map((p) => p.startPrice);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    expect(products[0]).toMatchObject({ id: 'AU-04', name: 'Sapphire Sunworker 460R', startPrice: 8500 });
  });

  it('lists one category', async () => {
    const classics = await bff.caller().catalog.products({ category: 'classic' });
    const autonomous = await bff.caller().catalog.products({ category: 'autonomous' });
    expect(classics.category).toEqual({ key: 'classic', name: 'Classics' });
    expect(classics.products).toHaveLength(15);
    expect(autonomous.category?.name).toBe('Autonomous');
    expect(autonomous.products).toHaveLength(8);
    expect(autonomous.products.every((p) => p.id.startsWith('AU-'))).toBe(true);
  });

  it('names the colour of each pictured variant', async () => {
    const { products } = await bff.caller().catalog.products({ category: 'classic' });
    expect(products.find((p) => p.id === 'CL-01')).toEqual({ id: 'CL-01', name: 'Heritage Workhorse', startPrice: 5700, imageSku: 'CL-01-GR', colourName: 'Verdant Field' });
  });

  it('answers NOT_FOUND for an unknown category and BAD_REQUEST for a malformed one', async () => {
    expect(await code(bff.caller().catalog.products({ category: 'vintage' }))).toBe('NOT_FOUND');
    expect(await code(bff.caller().catalog.products({ category: 'Robert"); DROP TABLE' }))).toBe('BAD_REQUEST');
  });
});

describe('catalog.teasers', () => {
  it('leads into the two categories, with their sizes', async () => {
    expect(await bff.caller().catalog.teasers()).toEqual([
      { title: 'Classic Tractors', key: 'classic', name: 'Classics', count: 15 },
      { title: 'Autonomous Tractors', key: 'autonomous', name: 'Autonomous', count: 8 },
    ]);
  });
});

describe('catalog.variant', () => {
  it('describes one variant for its picture', async () => {
    expect(await bff.caller().catalog.variant({ sku: 'AU-07-MT' })).toEqual({
      sku: 'AU-07-MT',
      productId: 'AU-07',
      productName: 'Verde Voyager',
      colourName: 'Glacial Mint',
      category: 'autonomous',
      red: 175,
      green: 219,
      blue: 210,
    });
  });

  it('answers NOT_FOUND for an unknown SKU and BAD_REQUEST for a malformed one', async () => {
    expect(await code(bff.caller().catalog.variant({ sku: 'CL-99-XX' }))).toBe('NOT_FOUND');
    expect(await code(bff.caller().catalog.variant({ sku: 'cl-01-gy' }))).toBe('BAD_REQUEST');
  });
});

describe('seed', () => {
  it('is idempotent', async () => {
    await seed(bff.db);
    expect(await bff.db.productTeaser.count()).toBe(23);
    expect(await bff.db.recommendableVariant.count()).toBe(47);
    expect(await bff.db.store.count()).toBe(4);
  });
});

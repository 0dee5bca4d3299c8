import { describe, expect, it } from 'vitest';
import { productMetadata } from './product-metadata';

const product = {
  id: 'CL-01',
  name: 'Heritage Workhorse',
  highlights: ['Robust and reliable.', 'Built to last a lifetime of hard work in the fields and beyond them, every single day.', 'A third highlight that no description has room for.'],
  selected: { sku: 'CL-01-GY', name: 'Stormy Sky', price: 5700 },
};

describe('productMetadata', () => {
  it('names the variant in the title and the canonical URL', () => {
    const metadata = productMetadata(product);
    expect(metadata.title).toBe('Heritage Workhorse in Stormy Sky');
    expect(metadata.alternates?.canonical).toBe('/product/CL-01?sku=CL-01-GY');
    expect(metadata.metadataBase).toBeUndefined();
  });

  it('describes the variant with its price and highlights, cut at a word within 160 characters', () => {
    const description = String(productMetadata(product).description);
    expect(description.startsWith('Heritage Workhorse in Stormy Sky, 5,700 Ø. Robust and reliable.')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith(' …')).toBe(false);
    expect(description.endsWith('…')).toBe(true);
  });

  it('resolves the canonical URL against the shop’s origin when it is known', () => {
    expect(productMetadata(product, new URL('https://shop.example')).metadataBase?.toString()).toBe('https://shop.example/');
  });
});

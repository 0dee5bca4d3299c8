import { describe, expect, it } from 'vitest';
import { fragmentElement, fragments, type FragmentId } from './fragments';
import { contexts } from './routes';

describe('fragment contracts', () => {
  it.each(Object.keys(fragments) as FragmentId[])('%s is named after its owner and has a valid element name', (id) => {
    const fragment = fragments[id];
    expect(id).toBe(`${fragment.context}/${fragment.name}`);
    expect(contexts[fragment.context]).toBeDefined();
    expect(fragmentElement(id)).toMatch(/^[a-z]+-[a-z]+(-[a-z]+)*$/);
  });

  it('marks the fragments that carry a shopper’s data as personal', () => {
    expect(fragments['checkout/mini-cart'].personal).toBe(true);
    expect(fragments['checkout/add-to-cart'].personal).toBe(true);
    expect(fragments['explore/header'].personal).toBe(true);
    expect(fragments['explore/footer'].personal).toBe(false);
  });

  it('validates inputs', () => {
    expect(fragments['checkout/add-to-cart'].query.safeParse({ sku: 'CL-01-GY' }).success).toBe(true);
    expect(fragments['checkout/add-to-cart'].query.safeParse({ sku: '<script>' }).success).toBe(false);
    expect(fragments['explore/recommendations'].query.safeParse({ skus: 'CL-01-GY,AU-07-MT' }).success).toBe(true);
    expect(fragments['explore/recommendations'].query.safeParse({ skus: 'CL-01-GY,' }).success).toBe(false);
  });
});

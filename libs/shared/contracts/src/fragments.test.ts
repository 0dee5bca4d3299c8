import { describe, expect, it } from 'vitest';
import { fragmentElement, fragments, nestedFragments, personalFor, type FragmentId } from './fragments';
import { contextNames } from './routes';

const ids = Object.keys(fragments) as FragmentId[];

describe('fragment contracts', () => {
  it.each(ids)('%s is named <context>/<name> after a context of the manifest', (id) => {
    const fragment = fragments[id];
    expect(id).toBe(`${fragment.context}/${fragment.name}`);
    expect(contextNames).toContain(fragment.context);
  });

  it('names each root element after its owner', () => {
    expect(Object.fromEntries(ids.map((id) => [id, fragmentElement(id)]))).toEqual({
      'explore/header': 'explore-header',
      'explore/footer': 'explore-footer',
      'explore/recommendations': 'explore-recommendations',
      'explore/store-picker': 'explore-store-picker',
      'checkout/mini-cart': 'checkout-mini-cart',
      'checkout/add-to-cart': 'checkout-add-to-cart',
    });
  });

  it('marks exactly the fragments that carry a shopper’s data as personal', () => {
    expect(ids.filter((id) => fragments[id].personal)).toEqual(['checkout/mini-cart', 'checkout/add-to-cart']);
  });

  it('nests only declared personal fragments without inputs, inside public ones', () => {
    expect(Object.fromEntries(ids.filter((id) => nestedFragments(id).length > 0).map((id) => [id, nestedFragments(id)]))).toEqual({
      'explore/header': ['checkout/mini-cart'],
    });
    for (const id of ids) {
      if (nestedFragments(id).length > 0) expect(fragments[id].personal, id).toBe(false);
      for (const nested of nestedFragments(id)) {
        expect(ids, `${id} nests ${nested}`).toContain(nested);
        expect(fragments[nested].personal, nested).toBe(true);
        // The placeholder carries no query: the includer fills it with nothing but its own shopper.
        expect(fragments[nested].query.safeParse({}).success, nested).toBe(true);
      }
    }
  });

  it('treats the mini cart as public for a shopper without a basket cookie, and as personal with one', () => {
    expect(personalFor('checkout/mini-cart', null)).toBe(false);
    expect(personalFor('checkout/mini-cart', 'c_store=s1; theme=dark')).toBe(false);
    expect(personalFor('checkout/mini-cart', 'x_c_cart=1; c_carts=2')).toBe(false);
    expect(personalFor('checkout/mini-cart', 'c_cart=abc.sig')).toBe(true);
    expect(personalFor('checkout/mini-cart', 'c_store=s1;c_cart=abc.sig')).toBe(true);
    expect(personalFor('checkout/mini-cart', 'c_store=s1; c_cart=')).toBe(true);
  });

  it('treats add-to-cart as personal for a shopper with a basket or a pending message, and as public without either', () => {
    expect(personalFor('checkout/add-to-cart', null)).toBe(false);
    expect(personalFor('checkout/add-to-cart', 'c_store=s1; x_c_flash=1')).toBe(false);
    expect(personalFor('checkout/add-to-cart', 'c_cart=abc.sig')).toBe(true);
    expect(personalFor('checkout/add-to-cart', 'c_flash=added:CL-01-GY')).toBe(true);
  });

  it('keeps a public fragment public whatever the request sends', () => {
    expect(personalFor('explore/footer', 'c_cart=abc')).toBe(false);
    expect(personalFor('explore/header', 'c_cart=abc; c_flash=x')).toBe(false);
  });

  it('validates inputs', () => {
    const addToCart = fragments['checkout/add-to-cart'].query;
    expect(addToCart.safeParse({ sku: 'CL-01-GY' })).toEqual({ success: true, data: { sku: 'CL-01-GY' } });
    expect(addToCart.safeParse({ sku: '<script>' }).error?.issues).toMatchObject([{ path: ['sku'], message: 'a SKU looks like CL-01-GR' }]);
    const header = fragments['explore/header'].query;
    expect(header.safeParse({ compact: '1' }).success).toBe(true);
    expect(header.safeParse({ compact: 'yes' }).success).toBe(false);
  });

  it('takes one to twenty comma-separated SKUs for recommendations', () => {
    const recommendations = fragments['explore/recommendations'].query;
    const skus = (n: number) => Array.from({ length: n }, (_, i) => `CL-${String(i).padStart(2, '0')}-GY`).join(',');
    expect(recommendations.safeParse({ skus: 'CL-01-GY,AU-07-MT' })).toEqual({ success: true, data: { skus: 'CL-01-GY,AU-07-MT' } });
    expect(recommendations.safeParse({ skus: skus(20) }).success).toBe(true);
    expect(recommendations.safeParse({ skus: skus(21) }).success).toBe(false);
    for (const bad of ['', 'CL-01-GY,', ',CL-01-GY', 'CL-01-GY;AU-07-MT', 'cl-01-gy']) {
      expect(recommendations.safeParse({ skus: bad }).success, bad).toBe(false);
    }
  });
});

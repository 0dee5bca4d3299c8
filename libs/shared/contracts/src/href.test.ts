import { describe, expect, it } from 'vitest';
import { href } from './href';
import { matchContext } from './match';

describe('href', () => {
  it('builds each context link under its mount', () => {
    expect(href.explore.home()).toBe('/');
    expect(href.explore.products()).toBe('/products');
    expect(href.explore.products('classic')).toBe('/products/classic');
    expect(href.explore.stores()).toBe('/stores');
    expect(href.decide.product('CL-01')).toBe('/product/CL-01');
    expect(href.decide.product('CL-01', 'CL-01-GY')).toBe('/product/CL-01?sku=CL-01-GY');
    expect(href.checkout.cart()).toBe('/checkout/cart');
    expect(href.checkout.checkout()).toBe('/checkout/checkout');
    expect(href.checkout.thanks()).toBe('/checkout/thanks');
  });

  it('lands every link in the context that owns it', () => {
    expect(matchContext(href.explore.products('autonomous'))).toBe('explore');
    expect(matchContext(href.decide.product('AU-01'))).toBe('decide');
    expect(matchContext(href.checkout.thanks())).toBe('checkout');
  });

  it('encodes path segments and query values', () => {
    expect(href.decide.product('a/b', 'x&y')).toBe('/product/a%2Fb?sku=x%26y');
  });
});

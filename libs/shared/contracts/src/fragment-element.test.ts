import { describe, expect, it } from 'vitest';
import { assertToken, FragmentDefinitionError, fragmentElementName } from './fragment-element';

describe('fragmentElementName', () => {
  it('prefixes the fragment with its context', () => {
    expect(fragmentElementName('checkout', 'mini-cart')).toBe('checkout-mini-cart');
    expect(fragmentElementName('explore', 'header')).toBe('explore-header');
  });

  it.each(['', 'Mini-Cart', 'mini cart', 'mini-', '-cart', 'a"b', '1cart'])('rejects %j', (name) => {
    expect(() => fragmentElementName('checkout', name)).toThrow(FragmentDefinitionError);
  });
});

describe('assertToken', () => {
  it('accepts kebab-case and names what it refused', () => {
    expect(() => assertToken('attribute name', 'data-sku')).not.toThrow();
    expect(() => assertToken('attribute name', 'on click')).toThrow('invalid attribute name "on click": use lowercase kebab-case');
  });
});

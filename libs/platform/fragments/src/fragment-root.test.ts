import { describe, expect, it } from 'vitest';
import { FragmentDefinitionError } from '@tractor/contracts';
import { fragmentFallback } from './fragment-fallback';
import { fragmentRoot } from './fragment-root';
import { fragmentSrc } from './fragment-url';
import { html } from './html';

describe('fragmentSrc', () => {
  it('resolves the path from the manifest and skips undefined query values', () => {
    expect(fragmentSrc('explore', 'header')).toBe('/explore/fragments/header');
    expect(fragmentSrc('decide', 'add-to-cart', { sku: 'CL-01-GY', store: undefined })).toBe('/product/fragments/add-to-cart?sku=CL-01-GY');
    expect(fragmentSrc('checkout', 'mini-cart', { a: 'x&y z' })).toBe('/checkout/fragments/mini-cart?a=x%26y+z');
  });
});

describe('fragmentFallback', () => {
  it('is the empty fragment element pointing the browser loader at the fragment', () => {
    expect(fragmentFallback('checkout', 'mini-cart').toString()).toBe(
      '<checkout-mini-cart data-boundary="checkout" data-fragment-src="/checkout/fragments/mini-cart"></checkout-mini-cart>',
    );
    expect(fragmentFallback('decide', 'add-to-cart', { sku: 'CL-01', store: 's"1' }).toString()).toBe(
      '<decide-add-to-cart data-boundary="decide" data-fragment-src="/product/fragments/add-to-cart?sku=CL-01&amp;store=s%221"></decide-add-to-cart>',
    );
  });
});

describe('fragmentRoot', () => {
  it('wraps the body with the owner stylesheet and module script', () => {
    const markup = fragmentRoot({
      context: 'checkout',
      name: 'mini-cart',
      attrs: { 'data-count': 2, hidden: true, 'aria-busy': false, title: undefined },
      body: html`<a href="/checkout/cart">Cart</a>`,
      stylesheet: '/checkout/static/mini-cart.css?v=1',
      script: '/checkout/static/mini-cart.js?v=1&x=2',
    });
    expect(markup.toString()).toBe(
      '<checkout-mini-cart data-boundary="checkout" data-count="2" hidden>' +
        '<link rel="stylesheet" href="/checkout/static/mini-cart.css?v=1">' +
        '<a href="/checkout/cart">Cart</a>' +
        '<script type="module" src="/checkout/static/mini-cart.js?v=1&amp;x=2" async></script>' +
        '</checkout-mini-cart>',
    );
  });

  it('leaves out what is not given and escapes plain bodies and attribute values', () => {
    const markup = fragmentRoot({ context: 'explore', name: 'footer', attrs: { title: '"><x>' }, body: '<b>' });
    expect(markup.toString()).toBe('<explore-footer data-boundary="explore" title="&quot;&gt;&lt;x&gt;">&lt;b&gt;</explore-footer>');
  });

  it('refuses attribute names it cannot write safely, and the boundary', () => {
    const root = (attrs: Record<string, string>) => () => fragmentRoot({ context: 'explore', name: 'footer', attrs, body: '' });
    expect(root({ 'onclick="x" a': '' })).toThrow(FragmentDefinitionError);
    expect(root({ 'data-boundary': 'checkout' })).toThrow(FragmentDefinitionError);
  });
});

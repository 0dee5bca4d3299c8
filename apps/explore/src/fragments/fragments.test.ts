import { fragmentElement } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { renderFooter } from './footer';
import { renderHeader } from './header';

const root = (markup: string) => /^<([a-z-]+) data-boundary="([a-z]+)"/.exec(markup);

describe('explore fragments', () => {
  it('serves the header in its contract root, with its stylesheet, nesting the mini cart as given', () => {
    const markup = renderHeader({ miniCart: '<checkout-mini-cart data-boundary="checkout">3</checkout-mini-cart>' }).__html;
    expect(root(markup)?.slice(1)).toEqual([fragmentElement('explore/header'), 'explore']);
    expect(markup).toContain('<link rel="stylesheet" href="/explore-elements/fragments.css');
    expect(markup).toContain('<checkout-mini-cart data-boundary="checkout">3</checkout-mini-cart>');
    expect(markup).toMatch(/<a [^>]*href="\/products">Machines<\/a>/);
    expect(markup).toMatch(/<a [^>]*href="\/stores">Stores<\/a>/);
  });

  it('renders the compact header without a mini cart', () => {
    expect(renderHeader({ miniCart: null }).__html).not.toContain('checkout-mini-cart');
  });

  it('serves the footer in its contract root', () => {
    const markup = renderFooter().__html;
    expect(root(markup)?.slice(1)).toEqual([fragmentElement('explore/footer'), 'explore']);
    expect(markup).toContain('href="/products/classic"');
  });
});

import { fragmentElement } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { renderAddToCart } from './add-to-cart';

const variant = { sku: 'CL-01-GR', name: 'Heritage Workhorse Verdant Field', price: 5700, inventory: 5, flash: null };

describe('add-to-cart fragment', () => {
  it('is a real form posting to checkout, with price and stock, in its contract root with its script', () => {
    const markup = renderAddToCart(variant).__html;
    expect(markup.startsWith(`<${fragmentElement('checkout/add-to-cart')} data-boundary="checkout" data-sku="CL-01-GR">`)).toBe(true);
    expect(markup).toContain('<form class="c-add-to-cart" method="post" action="/checkout/cart/add">');
    expect(markup).toContain('<input type="hidden" name="sku" value="CL-01-GR">');
    expect(markup).toContain('5,700 Ø');
    expect(markup).toContain('5 in stock, free shipping');
    expect(markup).toMatch(/<button class="c-add-to-cart__button" type="submit">add to basket<\/button>/);
    expect(markup).toMatch(/<script type="module" src="\/checkout\/elements\/add-to-cart\.js[^"]*" async><\/script>/);
    expect(markup).not.toContain('Tractor was added');
  });

  it('says "out of stock" and disables the button when none are left', () => {
    const markup = renderAddToCart({ ...variant, inventory: 0 }).__html;
    expect(markup).toContain('>out of stock<');
    expect(markup).not.toContain('in stock, free shipping');
    expect(markup).toMatch(/<button class="c-add-to-cart__button" type="submit" disabled>add to basket<\/button>/);
  });

  it('shows the outcome of a form posted without JavaScript', () => {
    expect(renderAddToCart({ ...variant, flash: 'added' }).__html).toContain(
      '<p class="c-add-to-cart__added" role="status">Tractor was added. <a href="/checkout/cart">View in basket</a></p>',
    );
    expect(renderAddToCart({ ...variant, inventory: 1, flash: 'refused' }).__html).toContain(
      '<p class="c-add-to-cart__error" role="alert">Sorry, we only have 1 × Heritage Workhorse Verdant Field in stock, and your basket cannot hold more than that.</p>',
    );
    expect(renderAddToCart({ ...variant, inventory: 0, flash: 'refused' }).__html).toContain('is out of stock: it was not added.');
  });

  it('escapes what it is given', () => {
    expect(renderAddToCart({ ...variant, inventory: 0, name: '<b>x</b>', flash: 'refused' }).__html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

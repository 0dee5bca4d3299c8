import { fragmentElement } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { renderMiniCart } from './mini-cart';

describe('mini cart fragment', () => {
  it('is a link to the basket with the count, in its contract root with its script', () => {
    const markup = renderMiniCart({ quantity: 3 }).__html;
    expect(markup.startsWith(`<${fragmentElement('checkout/mini-cart')} data-boundary="checkout">`)).toBe(true);
    expect(markup).toMatch(/<a class="c-mini-cart" href="\/checkout\/cart" aria-label="Basket, 3 items in your basket">/);
    expect(markup).toContain('data-count="3">3</span>');
    expect(markup).toMatch(/<script type="module" src="\/checkout\/elements\/mini-cart\.js[^"]*" async><\/script>/);
  });

  it('says "1 item" for one', () => {
    expect(renderMiniCart({ quantity: 1 }).__html).toContain('Basket, 1 item in your basket');
  });
});

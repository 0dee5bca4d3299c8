/** The mini cart: a link to the basket with the item count, nested in explore's header. */
import { href } from '@tractor/contracts';
import { fragmentRoot, html, raw } from '@tractor/fragments';
import { assets } from './assets';

const basketIcon = raw(
  '<svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 5h2l2.2 10.2a1 1 0 0 0 1 .8h9.6a1 1 0 0 0 1-.8L21 8H6.2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/><circle cx="9" cy="20" r="1.5" fill="currentColor"/><circle cx="18" cy="20" r="1.5" fill="currentColor"/></svg>',
);

export function renderMiniCart({ quantity }: { quantity: number }) {
  const label = quantity === 1 ? '1 item in your basket' : `${quantity} items in your basket`;
  return fragmentRoot({
    context: 'checkout',
    name: 'mini-cart',
    stylesheet: assets.fragmentsCss,
    script: assets.miniCartJs,
    body: html`<a class="c-mini-cart" href="${href.checkout.cart()}" aria-label="Basket, ${label}">${basketIcon}<span class="c-mini-cart__label">Basket</span><span class="c-mini-cart__count" data-count="${quantity}">${quantity}</span></a>`,
  });
}

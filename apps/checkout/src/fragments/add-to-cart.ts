/**
 * The add-to-cart fragment on decide's product page: price, stock, and a real form that posts to
 * checkout without JavaScript. `<checkout-add-to-cart>` (src/elements/add-to-cart.ts) takes the
 * form over when scripts run: it posts through the BFF and the shopper stays on the page.
 */
import { basePath, href } from '@tractor/contracts';
import { fragmentRoot, html, type Html } from '@tractor/fragments';
import { formatPrice } from '@tractor/ui';
import { assets } from './assets';
import type { FlashKind } from '../server/http/flash-cookie';
import { addedText, refusedText, viewInBasketText } from '../texts/add-to-cart';

export interface AddToCartView {
  sku: string;
  name: string;
  price: number;
  inventory: number;
  /** The outcome of a form posted without JavaScript, when it was about this SKU. */
  flash: FlashKind | null;
}

export const addToCartAction = `${basePath('checkout')}/cart/add`;

export function addedMessage(): Html {
  return html`${addedText} <a href="${href.checkout.cart()}">${viewInBasketText}</a>`;
}

export function renderAddToCart({ sku, name, price, inventory, flash }: AddToCartView): Html {
  const inStock = inventory > 0;
  return fragmentRoot({
    context: 'checkout',
    name: 'add-to-cart',
    attrs: { 'data-sku': sku },
    stylesheet: assets.fragmentsCss,
    script: assets.addToCartJs,
    body: html`<form class="c-add-to-cart" method="post" action="${addToCartAction}">
  <input type="hidden" name="sku" value="${sku}">
  <p class="c-add-to-cart__price">${formatPrice(price)}</p>
  <p class="c-add-to-cart__stock" data-in-stock="${String(inStock)}">${inStock ? `${inventory} in stock, free shipping` : 'out of stock'}</p>
  <button class="c-add-to-cart__button" type="submit"${inStock ? '' : html` disabled`}>add to basket</button>
  <p class="c-add-to-cart__added" role="status">${flash === 'added' && addedMessage()}</p>
  <p class="c-add-to-cart__error" role="alert">${flash === 'refused' && refusedText({ name, inventory })}</p>
</form>`,
  });
}

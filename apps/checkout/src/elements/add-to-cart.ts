/**
 * <checkout-add-to-cart>: enhances the add-to-cart form. With scripts running, the form posts
 * through checkout's BFF instead, the shopper stays on the product page, sees the confirmation, and
 * every listener (the mini cart) hears `checkout:cart-updated`. If the BFF cannot be reached at all,
 * the form is submitted the plain way, which still works.
 */
import { dispatch, href, trpcPath } from '@tractor/contracts';
import * as z from 'zod/mini';

const success = z.object({ result: z.object({ data: z.object({ quantity: z.number() }) }) });
const failure = z.object({ error: z.object({ message: z.string() }) });

class CheckoutAddToCart extends HTMLElement {
  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.add();
  };

  connectedCallback() {
    this.querySelector('form')?.addEventListener('submit', this.onSubmit);
  }

  disconnectedCallback() {
    this.querySelector('form')?.removeEventListener('submit', this.onSubmit);
  }

  private async add() {
    const form = this.querySelector('form');
    const button = form?.querySelector('button');
    const sku = form?.querySelector<HTMLInputElement>('input[name="sku"]')?.value;
    if (!form || !button || !sku || button.disabled) return;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    this.show('', '');
    try {
      const response = await fetch(`${trpcPath('checkout')}/cart.add`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ sku }),
      });
      const body: unknown = await response.json();
      const added = success.safeParse(body);
      if (response.ok && added.success) {
        this.show('added', '');
        dispatch(this, 'checkout:cart-updated', { quantity: added.data.result.data.quantity });
        return;
      }
      const failed = failure.safeParse(body);
      this.show('', failed.success ? failed.data.error.message : 'Sorry, the tractor could not be added. Please try again.');
    } catch {
      // No answer (offline, checkout down, not JSON): the plain form post still has a chance.
      form.submit();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  private show(added: '' | 'added', error: string) {
    const status = this.querySelector('.c-add-to-cart__added');
    const alert = this.querySelector('.c-add-to-cart__error');
    if (status) {
      status.replaceChildren();
      if (added) {
        const link = Object.assign(document.createElement('a'), { href: href.checkout.cart(), textContent: 'View in basket' });
        status.append('Tractor was added. ', link);
      }
    }
    if (alert) alert.textContent = error;
  }
}

if (!customElements.get('checkout-add-to-cart')) customElements.define('checkout-add-to-cart', CheckoutAddToCart);

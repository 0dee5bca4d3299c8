/**
 * <checkout-add-to-cart>: enhances the add-to-cart form. With scripts running, the form posts
 * through checkout's BFF instead, the shopper stays on the product page, sees the confirmation, and
 * every listener (the mini cart) hears `checkout:cart-updated`. If the BFF cannot be reached at all,
 * the form is submitted the plain way, which still works. A page shown again without a fresh render
 * (activated from a prerender, restored by Back or Forward) re-fetches the fragment, so stock and
 * price are today's.
 */
import { dispatch, fragmentPath, href, onPageReturn, trpcPath } from '@tractor/contracts';
import { addedText, notAddedText, viewInBasketText } from '../texts/add-to-cart';

// The BFF's two answers, read without a schema library: this script ships on every product page.
const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);
const addedQuantity = (body: unknown): number | null => {
  const quantity = field(field(field(body, 'result'), 'data'), 'quantity');
  return typeof quantity === 'number' ? quantity : null;
};
const errorMessage = (body: unknown): string | null => {
  const message = field(field(body, 'error'), 'message');
  return typeof message === 'string' ? message : null;
};

class CheckoutAddToCart extends HTMLElement {
  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.add();
  };

  private stopReturn: (() => void) | undefined;

  connectedCallback() {
    // On the element, not the form: a refresh replaces the form.
    this.addEventListener('submit', this.onSubmit);
    this.stopReturn = onPageReturn(() => void this.refresh());
  }

  disconnectedCallback() {
    this.removeEventListener('submit', this.onSubmit);
    this.stopReturn?.();
  }

  private async refresh() {
    const sku = this.getAttribute('data-sku');
    if (!sku) return;
    try {
      const url = `${fragmentPath('checkout', 'add-to-cart')}?${new URLSearchParams({ sku })}`;
      const response = await fetch(url, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('checkout-add-to-cart form');
      const current = this.querySelector('form');
      // Never swap the form under a shopper who is adding right now.
      if (next && current && !current.querySelector('button[aria-busy]')) current.replaceWith(next);
    } catch {
      // Offline or checkout unavailable: the form as rendered still works.
    }
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
      if (response.status === 503) {
        // Checkout's database is down: say plainly that the basket did not change.
        this.show('', 'Checkout is catching its breath: nothing was added to your basket. Please try again in a few seconds.');
        return;
      }
      const body: unknown = await response.json();
      const quantity = addedQuantity(body);
      if (response.ok && quantity !== null) {
        this.show('added', '');
        dispatch(this, 'checkout:cart-updated', { quantity });
        return;
      }
      this.show('', errorMessage(body) ?? notAddedText);
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
        const link = Object.assign(document.createElement('a'), { href: href.checkout.cart(), textContent: viewInBasketText });
        status.append(`${addedText} `, link);
      }
    }
    if (alert) alert.textContent = error;
  }
}

if (!customElements.get('checkout-add-to-cart')) customElements.define('checkout-add-to-cart', CheckoutAddToCart);

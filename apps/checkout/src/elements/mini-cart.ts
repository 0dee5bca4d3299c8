/**
 * <checkout-mini-cart>: keeps the basket count in explore's header current. When checkout says the
 * basket changed, it re-fetches its own fragment and plays a short highlight.
 */
import { fragmentPath, listen } from '@tractor/contracts';

class CheckoutMiniCart extends HTMLElement {
  private stop: (() => void) | undefined;

  connectedCallback() {
    this.stop = listen(window, 'checkout:cart-updated', () => void this.refresh());
  }

  disconnectedCallback() {
    this.stop?.();
  }

  private async refresh() {
    try {
      const response = await fetch(fragmentPath('checkout', 'mini-cart'), { headers: { accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('checkout-mini-cart');
      const link = next?.querySelector('.c-mini-cart');
      const current = this.querySelector('.c-mini-cart');
      if (!link) return;
      if (current) current.replaceWith(link);
      else this.append(link);
      link.classList.add('c-mini-cart--updated');
      link.addEventListener('animationend', () => link.classList.remove('c-mini-cart--updated'), { once: true });
    } catch {
      // Offline or checkout unavailable: the count stays as it was until the next page.
    }
  }
}

if (!customElements.get('checkout-mini-cart')) customElements.define('checkout-mini-cart', CheckoutMiniCart);

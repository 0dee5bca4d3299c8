/**
 * <checkout-mini-cart>: keeps the basket count in explore's header current. When checkout says the
 * basket changed, it re-fetches its own fragment and plays a short highlight, and drops the pages
 * the browser fetched ahead from here (each carries the old count; the basket page the old lines).
 * A page shown again without a fresh render (activated from a prerender, restored by Back or
 * Forward) re-fetches the count quietly.
 */
import { fragmentPath, listen, onPageReturn, restartSpeculation } from '@tractor/contracts';

class CheckoutMiniCart extends HTMLElement {
  private stops: (() => void)[] = [];

  connectedCallback() {
    this.stops = [
      listen(window, 'checkout:cart-updated', () => {
        restartSpeculation();
        void this.refresh(true);
      }),
      onPageReturn(() => void this.refresh(false)),
    ];
  }

  disconnectedCallback() {
    for (const stop of this.stops) stop();
    this.stops = [];
  }

  private async refresh(highlight: boolean) {
    try {
      const response = await fetch(fragmentPath('checkout', 'mini-cart'), { headers: { accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('checkout-mini-cart');
      const link = next?.querySelector('.c-mini-cart');
      const current = this.querySelector('.c-mini-cart');
      if (!link) return;
      if (current) current.replaceWith(link);
      else this.append(link);
      if (!highlight) return;
      link.classList.add('c-mini-cart--updated');
      link.addEventListener('animationend', () => link.classList.remove('c-mini-cart--updated'), { once: true });
    } catch {
      // Offline or checkout unavailable: the count stays as it was until the next page.
    }
  }
}

if (!customElements.get('checkout-mini-cart')) customElements.define('checkout-mini-cart', CheckoutMiniCart);

/**
 * <explore-header>: marks the navigation link of the section the shopper is in with
 * `aria-current`. The header is one fragment for every team's page, so it reads the section from
 * the page's location instead of asking each page to say it.
 */
import { navCurrent } from '../fragments/nav-current';

class ExploreHeader extends HTMLElement {
  connectedCallback() {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('nav a[href]')) {
      const current = navCurrent(new URL(link.href).pathname, location.pathname);
      if (current) link.setAttribute('aria-current', current);
      else link.removeAttribute('aria-current');
    }
  }
}

if (!customElements.get('explore-header')) customElements.define('explore-header', ExploreHeader);

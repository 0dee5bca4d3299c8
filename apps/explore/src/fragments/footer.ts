/** The shop footer, explore's fragment on every page. Public: the same for every shopper. */
import { href } from '@tractor/contracts';
import { fragmentRoot, html } from '@tractor/fragments';
import { assets } from './assets';
import { logoMark } from './logo';

export function renderFooter() {
  return fragmentRoot({
    context: 'explore',
    name: 'footer',
    stylesheet: assets.fragmentsCss,
    body: html`<footer class="e-footer">
  <div class="e-footer__inner">
    <p class="e-footer__brand">${logoMark}<span>The Tractor Store</span></p>
    <nav aria-label="Footer">
      <ul>
        <li><a href="${href.explore.products()}">All machines</a></li>
        <li><a href="${href.explore.products('classic')}">Classics</a></li>
        <li><a href="${href.explore.products('autonomous')}">Autonomous</a></li>
        <li><a href="${href.explore.stores()}">Stores</a></li>
      </ul>
    </nav>
    <p class="e-footer__note">A micro-frontends reference shop: three teams, one store. Prices in Ø, the currency of tractor enthusiasts.</p>
  </div>
</footer>`,
  });
}

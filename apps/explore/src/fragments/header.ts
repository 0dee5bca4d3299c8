/**
 * The shop header, explore's fragment on every page: logo, navigation and, unless compact, the
 * checkout mini cart nested inside (included by the caller, so a slow checkout never blocks it).
 * Its element marks the link of the section the shopper is in (`aria-current`).
 */
import { href } from '@tractor/contracts';
import { fragmentRoot, html, raw } from '@tractor/fragments';
import { assets } from './assets';
import { logoMark } from './logo';

export function renderHeader({ miniCart }: { miniCart: string | null }) {
  return fragmentRoot({
    context: 'explore',
    name: 'header',
    stylesheet: assets.fragmentsCss,
    script: assets.headerJs,
    body: html`<header class="e-header">
  <a class="e-header__skip" href="#main">Skip to content</a>
  <div class="e-header__bar">
    <a class="e-header__logo" href="${href.explore.home()}">${logoMark}<span>The Tractor Store</span></a>
    <nav class="e-header__nav" aria-label="Main">
      <ul>
        <li><a href="${href.explore.products()}">Machines</a></li>
        <li><a href="${href.explore.stores()}">Stores</a></li>
      </ul>
    </nav>
    ${miniCart === null ? '' : html`<div class="e-header__cart">${raw(miniCart)}</div>`}
  </div>
</header>`,
  });
}

/**
 * The shop header, explore's fragment on every page: logo, navigation and, unless compact, the
 * checkout mini cart nested inside (included by the caller, so a slow checkout never blocks it).
 */
import { href } from '@tractor/contracts';
import { fragmentRoot, html, raw } from '@tractor/fragments';
import { assets } from './assets';

const logo = raw(
  '<svg class="e-header__mark" width="36" height="28" viewBox="0 0 36 28" aria-hidden="true" focusable="false">' +
    '<path d="M3 18V12h12l3-7h10l2 13z" fill="currentColor"/><circle cx="26" cy="21" r="6" fill="#1b1d1c" stroke="#fff" stroke-width="2"/>' +
    '<circle cx="9" cy="22" r="4.5" fill="#1b1d1c" stroke="#fff" stroke-width="2"/></svg>',
);

export function renderHeader({ miniCart }: { miniCart: string | null }) {
  return fragmentRoot({
    context: 'explore',
    name: 'header',
    stylesheet: assets.fragmentsCss,
    body: html`<header class="e-header">
  <a class="e-header__skip" href="#main">Skip to content</a>
  <div class="e-header__bar">
    <a class="e-header__logo" href="${href.explore.home()}">${logo}<span>The Tractor Store</span></a>
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

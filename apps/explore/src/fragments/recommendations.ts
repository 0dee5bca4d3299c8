/**
 * The recommendations fragment: variants close in colour to what the shopper is looking at. Public
 * (the same for every shopper), so shared caches keep it. With nothing to recommend it renders an
 * empty root: a "Recommendations" heading over nothing would only puzzle the shopper.
 */
import { tractorSize } from '@tractor/pictures';
import { href } from '@tractor/contracts';
import { fragmentRoot, html } from '@tractor/fragments';
import { pictureUrl } from '@/pictures/picture-url';
import { tractorAlt } from '@/pictures/tractor-svg';
import { assets } from './assets';
import { picture } from './picture';

export interface Recommendation {
  readonly sku: string;
  readonly productId: string;
  readonly productName: string;
  readonly colourName: string;
}

export function renderRecommendations({ skus, items }: { skus: readonly string[]; items: readonly Recommendation[] }) {
  const root = { context: 'explore', name: 'recommendations' } as const;
  if (items.length === 0) return fragmentRoot({ ...root, body: '' });
  // Unique per set of SKUs, so two recommendation blocks on one page keep their own headings.
  const titleId = `e-recos-${skus.join('-').toLowerCase()}`;
  return fragmentRoot({
    ...root,
    stylesheet: assets.fragmentsCss,
    body: html`<section class="e-recos" aria-labelledby="${titleId}">
  <h2 class="e-recos__title" id="${titleId}">Recommendations</h2>
  <ul class="e-recos__list">${items.map(
    (item) => html`
    <li class="e-recos__item">
      ${picture({ src: pictureUrl.tractor(item.sku), ...tractorSize, alt: tractorAlt(item), className: 'e-recos__picture' })}
      <a class="e-recos__link" href="${href.decide.product(item.productId, item.sku)}"><span class="e-recos__name">${item.productName}</span> <span class="e-recos__colour">${item.colourName}</span></a>
    </li>`,
  )}
  </ul>
</section>`,
  });
}

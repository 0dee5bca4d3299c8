import { fragmentElement } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { renderRecommendations } from './recommendations';

const items = [
  { sku: 'AU-01-SI', productId: 'AU-01', productName: 'TerraFirma AutoCultivator T-300', colourName: 'Silver' },
  { sku: 'CL-11-SK', productId: 'CL-11', productName: 'Scandinavia Sower', colourName: 'Baltic Blue' },
];

describe('renderRecommendations', () => {
  it('serves a "Recommendations" section in its contract root, each item a picture and a link to its variant', () => {
    const markup = renderRecommendations({ skus: ['CL-01-GY', 'AU-07-MT'], items }).__html;
    expect(markup).toMatch(new RegExp(`^<${fragmentElement('explore/recommendations')} data-boundary="explore">`));
    expect(markup).toContain('<link rel="stylesheet" href="/explore-elements/fragments.css');
    expect(markup).toMatch(/<h2 [^>]*id="e-recos-cl-01-gy-au-07-mt">Recommendations<\/h2>/);
    expect(markup).toContain('href="/product/CL-11?sku=CL-11-SK"');
    expect(markup).toContain('<img class="e-recos__picture" src="/explore/images/tractor/CL-11-SK.svg" width="320" height="240" alt="Scandinavia Sower in Baltic Blue"');
    expect(markup.match(/<li /g)).toHaveLength(2);
  });

  it('renders an empty root when there is nothing to recommend', () => {
    expect(renderRecommendations({ skus: ['ZZ-99-ZZ'], items: [] }).__html).toBe('<explore-recommendations data-boundary="explore"></explore-recommendations>');
  });

  it('escapes names', () => {
    const markup = renderRecommendations({ skus: ['CL-01-GY'], items: [{ sku: 'CL-11-SK', productId: 'CL-11', productName: '<b>Sower</b>', colourName: 'Baltic Blue' }] }).__html;
    expect(markup).toContain('&lt;b&gt;Sower&lt;/b&gt;');
    expect(markup).not.toContain('<b>');
  });
});

import { href } from '@tractor/contracts';
import { formatPrice } from '@tractor/ui';
import type { Metadata } from 'next';

interface Described {
  readonly id: string;
  readonly name: string;
  readonly highlights: readonly string[];
  readonly selected: { readonly sku: string; readonly name: string; readonly price: number };
}

/** Search engines show about this many characters of a description. */
const descriptionLength = 160;

/**
 * Title, description and canonical URL of one variant's page. The canonical URL always names the
 * variant shown, so `/product/CL-01` and `/product/CL-01?sku=CL-01-GR` count as one page.
 */
export function productMetadata(product: Described, origin?: URL): Metadata {
  const { selected } = product;
  const lead = `${product.name} in ${selected.name}, ${formatPrice(selected.price)}.`;
  return {
    title: `${product.name} in ${selected.name}`,
    description: clip([lead, ...product.highlights].join(' ')),
    alternates: { canonical: href.decide.product(product.id, selected.sku) },
    ...(origin ? { metadataBase: origin } : {}),
  };
}

function clip(text: string): string {
  if (text.length <= descriptionLength) return text;
  const cut = text.slice(0, descriptionLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

import { href } from '@tractor/contracts';
import type { Metadata } from 'next';

/** What every page's root layout declares, whichever context renders it: the shop's icon and manifest. */
export const shopMetadata = {
  icons: { icon: [{ url: href.explore.icon(), type: 'image/svg+xml' }] },
  manifest: href.explore.manifest(),
} satisfies Metadata;

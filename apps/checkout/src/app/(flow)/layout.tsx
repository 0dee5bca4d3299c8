import { FragmentLoader } from '@tractor/fragments/react';
import { pageNonce } from '@tractor/security-headers/next';
import { ShopFrame } from '@tractor/ui';
import type { ReactNode } from 'react';
import { FreshOnReturn } from '../_components/fresh-on-return';
import { shell } from '../_components/shell';

/** The checkout flow: the compact header, without the mini cart, so the form has the shopper's attention. */
export default async function FlowLayout({ children }: { children: ReactNode }) {
  const { header, footer } = await shell({ compact: true });
  return (
    <ShopFrame loader={FragmentLoader} boundary="checkout" header={header} footer={footer} nonce={await pageNonce()}>
      <FreshOnReturn />
      {children}
    </ShopFrame>
  );
}

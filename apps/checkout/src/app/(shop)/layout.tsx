import { FragmentLoader } from '@tractor/fragments/react';
import { pageNonce } from '@tractor/security-headers/next';
import { ShopFrame } from '@tractor/ui';
import type { ReactNode } from 'react';
import { FreshOnReturn } from '../_components/fresh-on-return';
import { shell } from '../_components/shell';

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const { header, footer } = await shell();
  return (
    <ShopFrame loader={FragmentLoader} boundary="checkout" header={header} footer={footer} nonce={await pageNonce()}>
      <FreshOnReturn />
      {children}
    </ShopFrame>
  );
}

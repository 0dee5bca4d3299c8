import { ShopFrame } from '@tractor/ui';
import type { ReactNode } from 'react';
import { TrpcProvider } from '@/trpc/client';
import { shell } from '../_components/shell';

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const { header, footer } = await shell();
  return (
    <ShopFrame boundary="checkout" header={header} footer={footer}>
      <TrpcProvider>{children}</TrpcProvider>
    </ShopFrame>
  );
}

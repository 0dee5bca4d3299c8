import '@tractor/ui/tokens.css';
import { FragmentLoader } from '@tractor/fragments/react';
import { pageNonce } from '@tractor/security-headers/next';
import { ShopFrame, shopMetadata } from '@tractor/ui';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { renderFooter } from '@/fragments/footer';
import { headerFor } from '@/fragments/header-for';

export const metadata: Metadata = {
  ...shopMetadata,
  title: { default: 'The Tractor Store', template: '%s · The Tractor Store' },
  description: 'Classic and autonomous tractors for every field: browse the catalogue and find a store near you.',
};

// Explore renders its own header and footer in-process, from the same code that serves them as fragments.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const header = await headerFor(await headers());
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <ShopFrame loader={FragmentLoader} boundary="explore" header={header} footer={renderFooter().__html} nonce={await pageNonce()}>
          {children}
        </ShopFrame>
      </body>
    </html>
  );
}

import '@tractor/ui/tokens.css';
import { FragmentLoader } from '@tractor/fragments/react';
import { pageNonce } from '@tractor/security-headers/next';
import { ShopFrame, shopMetadata } from '@tractor/ui';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { shell } from './_components/shell';

export const metadata: Metadata = {
  ...shopMetadata,
  title: { default: 'The Tractor Store', template: '%s · The Tractor Store' },
  description: 'Choose your tractor: colours, highlights and prices.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { header, footer } = await shell();
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        <ShopFrame loader={FragmentLoader} boundary="decide" header={header} footer={footer} nonce={await pageNonce()}>
          {children}
        </ShopFrame>
      </body>
    </html>
  );
}

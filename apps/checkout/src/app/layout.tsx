import '@tractor/ui/tokens.css';
import { shopMetadata } from '@tractor/ui';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  ...shopMetadata,
  title: { default: 'Basket', template: '%s · The Tractor Store' },
  description: 'Your basket and checkout at The Tractor Store.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}

import '@tractor/ui/tokens.css';
import { href } from '@tractor/contracts';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { TrpcProvider } from '@/trpc/provider';

export const metadata: Metadata = {
  title: { default: 'Basket', template: '%s · The Tractor Store' },
  description: 'Your basket and checkout at The Tractor Store.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <div data-boundary="checkout">
          <header className="t-container">
            <p>
              <a href={href.explore.home()}>The Tractor Store</a>
            </p>
          </header>
          <main id="main" className="t-container">
            <TrpcProvider>{children}</TrpcProvider>
          </main>
        </div>
      </body>
    </html>
  );
}

import '@tractor/ui/tokens.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from './_components/site-header';

export const metadata: Metadata = {
  title: { default: 'The Tractor Store', template: '%s · The Tractor Store' },
  description: 'Classic and autonomous tractors for every field: browse the catalogue and find a store near you.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <div data-boundary="explore">
          <SiteHeader />
          <main id="main" className="t-container">
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}

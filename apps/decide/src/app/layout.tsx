import '@tractor/ui/tokens.css';
import { href } from '@tractor/contracts';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: { default: 'The Tractor Store', template: '%s · The Tractor Store' },
  description: 'Choose your tractor: colours, highlights and prices.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <div data-boundary="decide">
          <header className="t-container">
            <p>
              <a href={href.explore.home()}>The Tractor Store</a>
            </p>
          </header>
          <main id="main" className="t-container">
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}

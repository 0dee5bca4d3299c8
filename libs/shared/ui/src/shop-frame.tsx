/**
 * The frame of a page owned by one context: its boundary, explore's header and footer (already
 * included by the page), the team's main content, and the page-level helpers every page carries.
 */
import type { ReactNode } from 'react';
import { BoundaryOverlay } from './boundary-overlay';
import { FragmentHtml } from './fragment-html';
import { FragmentLoader } from './fragment-loader';

export function ShopFrame({ boundary, header, footer, children }: { boundary: string; header: string; footer: string; children: ReactNode }) {
  return (
    <>
      <div data-boundary={boundary}>
        <FragmentHtml html={header} />
        <main id="main" className="t-container">
          {children}
        </main>
        <FragmentHtml html={footer} />
      </div>
      <FragmentLoader />
      <BoundaryOverlay />
    </>
  );
}

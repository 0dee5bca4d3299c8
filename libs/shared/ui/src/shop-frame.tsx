/**
 * The frame of a page owned by one context: its boundary, explore's header and footer (already
 * included by the page), the team's main content, and the page-level helpers every page carries:
 * the fragment loader, the speculation rules that make the next page instant, Back without a
 * cross-fade, the boundary overlay.
 */
import type { ReactNode } from 'react';
import { BoundaryOverlay } from './boundary-overlay';
import { FragmentHtml } from './fragment-html';
import { FragmentLoader } from './fragment-loader';
import { InstantBack } from './instant-back';
import { SpeculationRules } from './speculation-rules';

/** `nonce`: this page view's CSP nonce (`pageNonce()` from `@tractor/security-headers/next`), for the inline helpers. */
export function ShopFrame({ boundary, header, footer, nonce, children }: { boundary: string; header: string; footer: string; nonce?: string; children: ReactNode }) {
  return (
    <>
      <div data-boundary={boundary}>
        <FragmentHtml html={header} />
        <main id="main" className="t-container">
          {children}
        </main>
        <FragmentHtml html={footer} />
      </div>
      <FragmentLoader nonce={nonce} />
      <SpeculationRules nonce={nonce} />
      <InstantBack nonce={nonce} />
      <BoundaryOverlay nonce={nonce} />
    </>
  );
}

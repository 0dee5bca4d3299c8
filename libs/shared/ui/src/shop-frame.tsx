/**
 * The frame of a page owned by one context: its boundary, explore's header and footer (already
 * included by the page), the team's main content, and the page-level helpers every page carries:
 * the fragment loader, the speculation rules that make the next page instant, Back without a
 * cross-fade, the boundary overlay. The loader belongs to the platform (`FragmentLoader` from
 * `@tractor/fragments/react`): the page hands it in, so the design system depends on nothing but
 * itself and the contracts.
 */
import type { ReactNode } from 'react';
import { BoundaryOverlay } from './boundary-overlay';
import { FragmentHtml } from './fragment-html';
import { InstantBack } from './instant-back';
import { SpeculationRules } from './speculation-rules';

interface ShopFrameProps {
  boundary: string;
  header: string;
  footer: string;
  /** Renders the script that fills fragments the server could not include. */
  loader: (props: { nonce?: string }) => ReactNode;
  /** This page view's CSP nonce (`pageNonce()` from `@tractor/security-headers/next`), for the inline helpers. */
  nonce?: string;
  children: ReactNode;
}

export function ShopFrame({ boundary, header, footer, loader: Loader, nonce, children }: ShopFrameProps) {
  return (
    <>
      <div data-boundary={boundary}>
        <FragmentHtml html={header} />
        <main id="main" className="t-container">
          {children}
        </main>
        <FragmentHtml html={footer} />
      </div>
      <Loader nonce={nonce} />
      <SpeculationRules nonce={nonce} />
      <InstantBack nonce={nonce} />
      <BoundaryOverlay nonce={nonce} />
    </>
  );
}

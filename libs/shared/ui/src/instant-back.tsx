/**
 * Back and Forward show the page the shopper left straight from the back/forward cache. The
 * cross-fade that accompanies a step forward (tokens.css) would first capture the page being left
 * and hold the restored one back by several frames, so it is skipped when the step is a traversal.
 */

interface SwapEvent extends Event {
  readonly activation: { readonly navigationType: string } | null;
  readonly viewTransition: { skipTransition(): void } | null;
}

function skipTransitionOnTraverse() {
  addEventListener('pageswap', (event) => {
    const { activation, viewTransition } = event as SwapEvent;
    if (activation?.navigationType === 'traverse') viewTransition?.skipTransition();
  });
}

/** The script, as the page sends it. */
export const instantBackScript = `(${skipTransitionOnTraverse.toString()})();`;

/** `nonce`: the page's CSP nonce, for the inline script. */
export function InstantBack({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: instantBackScript }} />;
}

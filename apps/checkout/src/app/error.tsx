'use client';

import { ErrorPanel } from '@tractor/ui';

/** Shown when rendering a checkout page fails; the root layout has no frame, so this brings its own boundary. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="t-container" data-boundary="checkout">
      <ErrorPanel reset={reset} message="We could not load this page. Your basket is safe; please try again in a moment." />
    </main>
  );
}

'use client';

import { href } from '@tractor/contracts';

/** Shown when rendering a checkout page fails; the shopper can retry or go back to the store. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="t-container" data-boundary="checkout">
      <section role="alert" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong</h1>
        <p>We could not load this page. Your basket is safe; please try again in a moment.</p>
        <p>
          <button type="button" className="t-button" onClick={reset}>
            Try again
          </button>{' '}
          <a className="t-button" data-variant="secondary" href={href.explore.home()}>
            Go to the home page
          </a>
        </p>
      </section>
    </main>
  );
}

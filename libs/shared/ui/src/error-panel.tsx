'use client';

import { href } from '@tractor/contracts';

/** What a page shows when rendering it failed: the shopper can retry or go back to the store. */
export function ErrorPanel({ reset, message = 'We could not load this page. Please try again in a moment.' }: { reset: () => void; message?: string }) {
  return (
    <section role="alert" aria-labelledby="error-title">
      <h1 id="error-title">Something went wrong</h1>
      <p>{message}</p>
      <p>
        <button type="button" className="t-button" onClick={reset}>
          Try again
        </button>{' '}
        <a className="t-button" data-variant="secondary" href={href.explore.home()}>
          Go to the home page
        </a>
      </p>
    </section>
  );
}

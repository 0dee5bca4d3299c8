'use client';

import { ErrorPanel } from '@tractor/ui';

/** Shown when rendering a page fails; the header stays, and the shopper can retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel reset={reset} />;
}

import { href } from '@tractor/contracts';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">This page does not exist</h1>
      <p>The address may be mistyped, or the page has moved.</p>
      <p>
        <a className="t-button" href={href.explore.products()}>
          Browse all machines
        </a>
      </p>
    </section>
  );
}

import { href } from '@tractor/contracts';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Product not found' };

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">This product does not exist</h1>
      <p>It may have been discontinued, or the address is mistyped.</p>
      <p>
        <a className="t-button" href={href.explore.products()}>
          Browse all machines
        </a>
      </p>
    </section>
  );
}

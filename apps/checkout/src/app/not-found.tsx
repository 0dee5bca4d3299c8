import { href } from '@tractor/contracts';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">This page does not exist</h1>
      <p>Your basket is still where you left it.</p>
      <p>
        <a className="t-button" href={href.checkout.cart()}>
          Go to your basket
        </a>
      </p>
    </section>
  );
}

import { href } from '@tractor/contracts';
import { fragmentFallback } from '@tractor/fragments';
import { FragmentLoader } from '@tractor/fragments/react';
import { pageNonce } from '@tractor/security-headers/next';
import { ShopFrame } from '@tractor/ui';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * Next renders this boundary with every checkout page, not only when it is shown, so it includes
 * nothing on the server: the header and footer are placeholders the browser loader fills if the
 * page really is a 404. A basket view stays at one header and one mini cart.
 */
export default async function NotFound() {
  return (
    <ShopFrame loader={FragmentLoader} boundary="checkout" header={fragmentFallback('explore', 'header').__html} footer={fragmentFallback('explore', 'footer').__html} nonce={await pageNonce()}>
      <section aria-labelledby="not-found-title">
        <h1 id="not-found-title">This page does not exist</h1>
        <p>Your basket is still where you left it.</p>
        <p>
          <a className="t-button" href={href.checkout.cart()}>
            Go to your basket
          </a>
        </p>
      </section>
    </ShopFrame>
  );
}

import { href } from '@tractor/contracts';
import { ShopFrame } from '@tractor/ui';
import type { Metadata } from 'next';
import { shell } from './_components/shell';

export const metadata: Metadata = { title: 'Page not found' };

export default async function NotFound() {
  const { header, footer } = await shell();
  return (
    <ShopFrame boundary="checkout" header={header} footer={footer}>
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

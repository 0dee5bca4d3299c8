import { href } from '@tractor/contracts';
import { ButtonLink, formatPrice } from '@tractor/ui';
import type { Metadata } from 'next';
import { api } from '@/server/caller';
import { Confetti } from './confetti';
import styles from './thanks.module.css';

export const metadata: Metadata = {
  title: 'Thanks for your order',
  description: 'Your order at The Tractor Store is placed.',
  robots: { index: false },
};

export default async function ThanksPage() {
  const order = await (await api()).order.latest();
  return (
    <section className={styles.thanks} aria-labelledby="thanks-title">
      <Confetti />
      <h1 id="thanks-title">Thanks for your order!</h1>
      {order ? (
        <>
          <p>
            {order.firstName}, we are getting your tractors ready for pick-up at the store you chose. Your order number is{' '}
            <strong>{order.id.slice(0, 8).toUpperCase()}</strong>.
          </p>
          <ul className={styles.lines}>
            {order.lines.map((line) => (
              <li key={line.sku}>
                <span>
                  {line.quantity} × {line.name}
                </span>
                <span>{formatPrice(line.price * line.quantity)}</span>
              </li>
            ))}
          </ul>
          <p className={styles.total}>
            <span>Total</span> <span>{formatPrice(order.total)}</span>
          </p>
        </>
      ) : (
        <p>We are getting your tractors ready for pick-up.</p>
      )}
      <ButtonLink href={href.explore.products()}>Continue shopping</ButtonLink>
    </section>
  );
}

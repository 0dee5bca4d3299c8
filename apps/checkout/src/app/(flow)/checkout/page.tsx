import { include } from '@tractor/fragments';
import { formatPrice, FragmentHtml } from '@tractor/ui';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { api } from '@/server/caller';
import { cartNoticeQuery } from '../../_components/cart-notice';
import { CheckoutForm } from './checkout-form';
import styles from './checkout.module.css';

export const metadata: Metadata = { title: 'Checkout', description: 'Tell us who you are and where to pick up your tractors.' };

export default async function CheckoutPage() {
  const bff = await api();
  const [cart, stores, request] = await Promise.all([bff.cart.get(), bff.store.list(), headers()]);
  // Next adds the basePath to redirects: this lands on /checkout/cart.
  if (cart.lines.length === 0) redirect(`/cart${cartNoticeQuery({ notice: 'empty-cart' })}`);
  const storePicker = await include('explore/store-picker', { request });
  return (
    <div className={styles.page}>
      <h1>Checkout</h1>
      <section className={styles.summary} aria-labelledby="summary-title">
        <h2 id="summary-title">Your order</h2>
        <ul>
          {cart.lines.map((line) => (
            <li key={line.sku}>
              <span>
                {line.quantity} × {line.name}
              </span>
              <span>{formatPrice(line.total)}</span>
            </li>
          ))}
        </ul>
        <p className={styles.total}>
          <span>Total</span> <span>{formatPrice(cart.total)}</span>
        </p>
      </section>
      {/* A new key with every render of the form: submitting it twice still places one order. */}
      <CheckoutForm idempotencyKey={randomUUID()} stores={stores}>
        <FragmentHtml html={storePicker.html} />
      </CheckoutForm>
    </div>
  );
}

'use client';

import { dispatch, href } from '@tractor/contracts';
import { ButtonLink, formatPrice } from '@tractor/ui';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { TractorThumbnail } from '../../_components/tractor-thumbnail';
import { QuantityControl } from './quantity-control';
import { RemoveButton } from './remove-button';
import { readCart, removeLine, setLineQuantity, type Cart } from './cart-client';
import styles from './cart.module.css';

/**
 * The basket, rendered on the server. Removing a line or changing its quantity goes through the BFF
 * and updates it in place; coming back to the tab reads it again (another tab may have changed it).
 */
export function CartView({ initial }: { initial: Cart }) {
  const router = useRouter();
  const [cart, setCart] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A new server render (after a remove, or when the page is shown again) brings the basket as it is now.
  useEffect(() => setCart(initial), [initial]);
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') readCart().then(setCart, () => undefined);
    };
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, []);

  // A change goes through the BFF; the basket shows what the server answered, the mini cart hears
  // of it, and the server part of the page (recommendations for what is left) follows. A refused
  // change leaves the basket as the server holds it.
  const change = async (request: () => Promise<Cart>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await request();
      setCart(next);
      dispatch(window, 'checkout:cart-updated', { quantity: next.quantity });
      router.refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      readCart().then(setCart, () => undefined);
    } finally {
      setBusy(false);
    }
  };

  if (cart.lines.length === 0) {
    return (
      <section className={styles.empty} aria-labelledby="cart-empty">
        <h2 id="cart-empty">Your basket is empty</h2>
        <p>Find a tractor you like and add it to your basket.</p>
        <ButtonLink href={href.explore.products()}>Continue shopping</ButtonLink>
      </section>
    );
  }

  return (
    <section aria-label="Your basket">
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <ul className={styles.lines}>
        {cart.lines.map((line) => (
          <li key={line.sku} className={styles.line}>
            <TractorThumbnail color={line.color} />
            <div className={styles.what}>
              <a className={styles.name} href={href.decide.product(line.productId, line.sku)}>
                {line.name}
              </a>
              <span className={styles.sku}>SKU {line.sku}</span>
              {!line.available && <span className={styles.warning}>Fewer are left in stock than you have in your basket.</span>}
            </div>
            <QuantityControl
              sku={line.sku}
              name={line.name}
              quantity={line.quantity}
              inventory={line.inventory}
              busy={busy}
              onChange={(quantity) => void change(() => setLineQuantity(line.sku, quantity))}
            />
            <span className={styles.lineTotal}>{formatPrice(line.total)}</span>
            <RemoveButton sku={line.sku} name={line.name} busy={busy} onRemove={() => void change(() => removeLine(line.sku))} />
          </li>
        ))}
      </ul>
      <p className={styles.total}>
        <span>Total</span> <span>{formatPrice(cart.total)}</span>
      </p>
      <div className={styles.actions}>
        <ButtonLink href={href.checkout.checkout()}>Checkout</ButtonLink>
        <ButtonLink href={href.explore.products()} variant="secondary">
          Continue shopping
        </ButtonLink>
      </div>
    </section>
  );
}

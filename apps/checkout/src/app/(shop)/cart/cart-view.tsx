'use client';

import { href } from '@tractor/contracts';
import { ButtonLink, formatPrice } from '@tractor/ui';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/root';
import { useTRPC } from '@/trpc/provider';
import styles from './cart.module.css';

type Cart = inferRouterOutputs<AppRouter>['cart']['get'];

/** The basket, rendered on the server and kept fresh in the browser (another tab may change it). */
export function CartView({ initial }: { initial: Cart }) {
  const trpc = useTRPC();
  const { data: cart } = useQuery(trpc.cart.get.queryOptions(undefined, { initialData: initial }));

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
    <>
      <ul className={styles.lines}>
        {cart.lines.map((line) => (
          <li key={line.sku} className={styles.line}>
            <a href={href.decide.product(line.productId, line.sku)}>{line.name}</a>
            <span>{line.sku}</span>
            <span>× {line.quantity}</span>
            <span>{formatPrice(line.total)}</span>
          </li>
        ))}
      </ul>
      <p className={styles.total}>Total: {formatPrice(cart.total)}</p>
      <ButtonLink href={href.explore.products()} variant="secondary">
        Continue shopping
      </ButtonLink>
    </>
  );
}

'use client';

import { dispatch, href } from '@tractor/contracts';
import { ButtonLink, formatPrice } from '@tractor/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useRouter } from 'next/navigation';
import type { AppRouter } from '@/server/root';
import { useTRPC } from '@/trpc/client';
import { TractorThumbnail } from '../../_components/tractor-thumbnail';
import { RemoveButton } from './remove-button';
import styles from './cart.module.css';

type Cart = inferRouterOutputs<AppRouter>['cart']['get'];

/** The basket, rendered on the server and kept fresh in the browser (another tab may change it). */
export function CartView({ initial }: { initial: Cart }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { data: cart } = useQuery(trpc.cart.get.queryOptions(undefined, { initialData: initial }));
  const remove = useMutation(
    trpc.cart.remove.mutationOptions({
      onSuccess: (next) => {
        queryClient.setQueryData(trpc.cart.get.queryKey(), next);
        dispatch(window, 'checkout:cart-updated', { quantity: next.quantity });
        // The server part of the page (recommendations for what is left) follows the basket.
        router.refresh();
      },
    }),
  );

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
      {remove.error && (
        <p className={styles.error} role="alert">
          {remove.error.message}
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
            <span className={styles.quantity}>
              <span className="t-visually-hidden">Quantity: </span>× {line.quantity}
            </span>
            <span className={styles.lineTotal}>{formatPrice(line.total)}</span>
            <RemoveButton sku={line.sku} name={line.name} busy={remove.isPending} onRemove={() => remove.mutate({ sku: line.sku })} />
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

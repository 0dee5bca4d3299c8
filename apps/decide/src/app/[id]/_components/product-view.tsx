'use client';

import { formatPrice } from '@tractor/ui';
import type { ReactNode } from 'react';
import { TractorPicture } from '../../_components/tractor-picture';
import styles from '../product.module.css';
import type { Product } from './product';
import { useVariant } from './use-variant';
import { VariantOptions } from './variant-options';

interface Props {
  readonly product: Product;
  /** Checkout's add-to-cart and explore's recommendations, rendered on the server for `product.selected`. */
  readonly addToCart: ReactNode;
  readonly recommendations: ReactNode;
}

/** The product and its selected variant; switching variants updates it in place. */
export function ProductView({ product, addToCart, recommendations }: Props) {
  const { shown, stale, select } = useVariant(product);
  const { selected } = shown;
  return (
    <>
      <article className={styles.product}>
        <div className={styles.picture}>
          <TractorPicture productId={shown.id} category={shown.category} color={selected.color} label={`${shown.name} in ${selected.name}`} />
        </div>
        <div className={styles.details}>
          <header className={styles.title}>
            <h1>{shown.name}</h1>
            <p className={styles.price}>{formatPrice(selected.price)}</p>
          </header>
          <ul className={styles.highlights} aria-label="Highlights">
            {shown.highlights.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <VariantOptions product={shown} onSelect={select} />
          {/* Until the fragments for the new variant arrive, the old basket button must not be used. */}
          <div className={styles.buy} aria-busy={stale} inert={stale}>
            {addToCart}
          </div>
        </div>
      </article>
      <div className={styles.recommendations} aria-busy={stale}>
        {recommendations}
      </div>
    </>
  );
}

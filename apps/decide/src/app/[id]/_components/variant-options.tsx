'use client';

import Link from 'next/link';
import { useEffect, useRef, type MouseEvent } from 'react';
import styles from '../product.module.css';
import { variantPath, type Product } from './product';

/** A click the browser should handle itself: a new tab or window, a download, another button. */
function isSpecial(event: MouseEvent) {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/**
 * The colour swatches. Each one is a plain link to its variant's page, so choosing works without
 * JavaScript; with it, `onSelect` switches in place. The selected swatch is not a link: it takes the
 * focus after a switch, so keyboard users stay in the list instead of landing at the top.
 *
 * The other variants' pages are prefetched in full (with the other teams' fragments for them) when
 * the swatches are shown, so a switch is answered from memory instead of a server round trip. The
 * switch never leaves the document, so the shop's speculation rules leave these links alone.
 */
export function VariantOptions({ product, onSelect }: { product: Product; onSelect: (sku: string) => void }) {
  const { selected } = product;
  const focusNext = useRef<string | null>(null);
  const current = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (focusNext.current !== selected.sku) return;
    focusNext.current = null;
    current.current?.focus();
  }, [selected.sku]);

  return (
    <section className={styles.variants} aria-labelledby="d-colour">
      <h2 id="d-colour" className={styles.colour} aria-live="polite">
        Colour: {selected.name}
      </h2>
      <ul className={styles.options} aria-labelledby="d-colour" data-no-speculate>
        {product.variants.map((variant) => {
          const swatch = <span className={styles.swatch} style={{ background: variant.color }} aria-hidden="true" />;
          return (
            <li key={variant.sku}>
              {variant.sku === selected.sku ? (
                <span ref={current} className={styles.option} aria-current="true" tabIndex={-1}>
                  {swatch}
                  {variant.name}
                </span>
              ) : (
                <Link
                  className={styles.option}
                  href={variantPath(product.id, variant.sku)}
                  prefetch
                  scroll={false}
                  onClick={(event) => {
                    if (isSpecial(event)) return;
                    event.preventDefault();
                    focusNext.current = variant.sku;
                    onSelect(variant.sku);
                  }}
                >
                  {swatch}
                  {variant.name}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

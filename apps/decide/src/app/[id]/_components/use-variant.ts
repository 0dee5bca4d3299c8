'use client';

import { useRouter } from 'next/navigation';
import { useOptimistic, useTransition } from 'react';
import { variantPath, withSelected, type Product } from './product';

/**
 * The variant on screen, and a way to switch to another without reloading the document.
 *
 * A switch shows the new variant at once from the product's own variant list (the server sent all
 * of them) and navigates to `?sku=` inside decide: the URL stays shareable, Back and Forward work,
 * and the server renders the product and the other teams' fragments for the new SKU. The swatches
 * have that render prefetched already (see variant-options.tsx), so it usually arrives at once;
 * until it does, `stale` says the fragments on screen still belong to the previous variant.
 */
export function useVariant(product: Product) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [sku, showSku] = useOptimistic(product.selected.sku);
  const rendered = sku === product.selected.sku;

  const select = (next: string) =>
    startTransition(() => {
      showSku(next);
      router.push(variantPath(product.id, next), { scroll: false });
    });

  return { shown: rendered ? product : withSelected(product, sku), stale: pending || !rendered, select };
}

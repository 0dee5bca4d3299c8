'use client';

import { onPageReturn } from '@tractor/contracts';
import { QueryClientContext } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useContext, useEffect } from 'react';

/**
 * Checkout's pages are personal: shown again without a fresh render (activated from a prerender,
 * restored by Back or Forward, loaded from a prefetch) they ask the server again, both for the
 * server-rendered parts and for what the browser keeps in its query cache.
 */
export function FreshOnReturn() {
  const router = useRouter();
  const queryClient = useContext(QueryClientContext);
  useEffect(
    () =>
      onPageReturn(() => {
        void queryClient?.invalidateQueries();
        router.refresh();
      }),
    [router, queryClient],
  );
  return null;
}

'use client';

import { onPageReturn } from '@tractor/contracts';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Checkout's pages are personal: shown again without a fresh render (activated from a prerender,
 * restored by Back or Forward, loaded from a prefetch) they ask the server again. The basket keeps
 * no cache of its own in the browser; the fresh render carries it.
 */
export function FreshOnReturn() {
  const router = useRouter();
  useEffect(() => onPageReturn(() => router.refresh()), [router]);
  return null;
}

import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { publicReads } from '@/server/public-reads';

/** One product read per request (from the short-lived shared cache), for the page and its metadata. Unknown or malformed id: 404. */
export const loadProduct = cache(async (id: string, sku?: string) => {
  try {
    return await publicReads.product(id, sku);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound();
    throw error;
  }
});

import { notFound } from 'next/navigation';
import { cache } from 'react';
import { publicReads } from '@/server/public-reads';
import { isNotFound } from '@/server/domain/is-not-found';

/** One listing read per request, shared by the page and its metadata. Unknown category: 404. */
export const loadListing = cache(async (category?: string) => {
  const [listing, categories] = await Promise.all([
    publicReads.products(category).catch((error: unknown) => (isNotFound(error) ? notFound() : Promise.reject(error))),
    publicReads.categories(),
  ]);
  return { ...listing, categories, title: listing.category?.name ?? 'All Machines' };
});

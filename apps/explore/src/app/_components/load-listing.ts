import { notFound } from 'next/navigation';
import { cache } from 'react';
import { api } from '@/server/caller';
import { isNotFound } from '@/server/is-not-found';

/** One listing read per request, shared by the page and its metadata. Unknown category: 404. */
export const loadListing = cache(async (category?: string) => {
  const caller = await api();
  const [listing, categories] = await Promise.all([
    caller.catalog.products({ category }).catch((error: unknown) => (isNotFound(error) ? notFound() : Promise.reject(error))),
    caller.catalog.categories(),
  ]);
  return { ...listing, categories, title: listing.category?.name ?? 'All Machines' };
});

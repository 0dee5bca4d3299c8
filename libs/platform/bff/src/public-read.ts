/**
 * A read that is the same for every shopper (catalogue, product, stores), cached across requests
 * in Next's data cache for a short time and tagged with its context, so `revalidateTag('<context>')`
 * refreshes all of a context's public data at once and `<context>:<name>` one kind of it.
 *
 * Why `unstable_cache` and not the `use cache` directive: in Next 16 `use cache` (with cacheLife and
 * cacheTag) needs `cacheComponents`, which changes how every page renders (dynamic data only inside
 * Suspense, no route segment config). `unstable_cache` works with the apps' configuration today; the
 * arguments are part of the key, the result must be JSON, and errors are never cached.
 *
 * Each call is a `read <context>:<name>` span and log line saying whether the cache answered (see
 * `traceCachedRead`): on a hit no procedure runs, so the trace shows none.
 */
import { unstable_cache } from 'next/cache';
import { markReadRuns, traceCachedRead } from '@tractor/telemetry';

/** Short enough that a price or stock change shows within half a minute without any invalidation. */
export const publicReadSeconds = 30;

export function publicRead<A extends readonly unknown[], R>(context: string, name: string, read: (...args: A) => Promise<R>, seconds = publicReadSeconds) {
  return traceCachedRead(`${context}:${name}`, unstable_cache(markReadRuns(read), [context, name], { revalidate: seconds, tags: [context, `${context}:${name}`] }));
}

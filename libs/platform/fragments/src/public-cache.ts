/**
 * The includer's cache of public fragments, in the server's own memory: the same markup for every
 * shopper, kept per URL (and the forwarded host it was built for).
 *
 * - Fresh for `freshMs` (10 s, the fragments' own `max-age`): served as is.
 * - Then stale: served at once while one refresh runs in the background, as `stale-while-revalidate`
 *   would. A refresh that fails keeps the stale markup, so a page keeps the header it had while its
 *   owner is down, for up to `maxStaleMs`, trying again at most once per `retryMs`; after that the
 *   entry counts as missing.
 * - Missing: fetched once, however many requests ask for it at the same time.
 * - At most `maxEntries`, the least recently used dropped first.
 *
 * Why not Next's data cache (`fetch` with `next.revalidate`): every hit built a cache key by hashing
 * the request, and a new `Response` with web streams and abort listeners, about a tenth of the
 * product page's CPU for its four public fragments; and on Lambda, OpenNext keeps that cache in S3,
 * so each cached include would be an S3 read. A `Map` lookup does the same job here.
 */
export interface PublicCacheOptions {
  readonly freshMs?: number;
  readonly maxStaleMs?: number;
  readonly maxEntries?: number;
  /** After a failed refresh, the stale markup is served this long before the next try. */
  readonly retryMs?: number;
  /** The clock, for tests. */
  readonly now?: () => number;
  /** Told when a background refresh fails; the stale markup stays. */
  readonly onRefreshError?: (key: string, error: unknown) => void;
}

interface Entry {
  readonly markup: string;
  readonly storedAt: number;
  refreshing: boolean;
  /** No refresh before this time: an owner that failed one is not asked again on every request. */
  nextTry: number;
}

export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<string>>();
  private readonly freshMs: number;
  private readonly maxStaleMs: number;
  private readonly maxEntries: number;
  private readonly retryMs: number;
  private readonly now: () => number;
  private readonly onRefreshError: (key: string, error: unknown) => void;

  constructor({ freshMs = 10_000, maxStaleMs = 10 * 60_000, maxEntries = 500, retryMs = 1_000, now = Date.now, onRefreshError = () => undefined }: PublicCacheOptions = {}) {
    this.freshMs = freshMs;
    this.maxStaleMs = maxStaleMs;
    this.maxEntries = maxEntries;
    this.retryMs = retryMs;
    this.now = now;
    this.onRefreshError = onRefreshError;
  }

  /**
   * The markup for `key`: cached, or from `load` (which throws for anything but a 2xx answer; a
   * failure is never cached), which also refreshes it in the background once it is stale. A load
   * is shared by every request waiting for it, so it must carry its own deadline, not one
   * request's: each request bounds its own wait.
   */
  get(key: string, load: () => Promise<string>): Promise<string> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Number.POSITIVE_INFINITY;
    if (entry && age <= this.maxStaleMs) {
      // Recently used goes last: the first key in the map is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (age > this.freshMs && !entry.refreshing && this.now() >= entry.nextTry) this.refresh(key, entry, load);
      return Promise.resolve(entry.markup);
    }
    const pending = this.loading.get(key);
    if (pending) return pending;
    const loaded = load()
      .then((markup) => {
        this.store(key, markup);
        return markup;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, loaded);
    return loaded;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.loading.clear();
  }

  private refresh(key: string, entry: Entry, load: () => Promise<string>): void {
    entry.refreshing = true;
    load().then(
      (markup) => this.store(key, markup),
      (error: unknown) => {
        entry.refreshing = false;
        entry.nextTry = this.now() + this.retryMs;
        this.onRefreshError(key, error);
      },
    );
  }

  private store(key: string, markup: string): void {
    this.entries.delete(key);
    this.entries.set(key, { markup, storedAt: this.now(), refreshing: false, nextTry: 0 });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}

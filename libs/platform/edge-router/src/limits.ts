/**
 * What the edge allows one request, and how many it lets through to one context at a time.
 * Each number is a default a caller (the launcher, a test) may lower or raise.
 */
export interface RouterLimits {
  /** Largest request body passed on; a longer one is answered 413. */
  readonly maxBodyBytes: number;
  /** Time for a client to send its request line and headers; then 408 (node's `headersTimeout`). */
  readonly headersTimeoutMs: number;
  /** Time for a client to send its whole body, once the headers are in; then 408. */
  readonly bodyTimeoutMs: number;
  /** Time for a context to accept a TCP connection; then the context counts as busy (503). */
  readonly connectTimeoutMs: number;
  /** Time for a context to start its response once it has the request; then 504. */
  readonly upstreamTimeoutMs: number;
  /**
   * Requests one context may be working on at once; more wait for a slot. The limit adapts between
   * `minInFlight` and `maxInFlight`: cut while the context answers slower than `latencyTargetMs`,
   * raised again while it answers faster (see `in-flight-limit.ts`).
   */
  readonly maxInFlight: number;
  readonly minInFlight: number;
  readonly latencyTargetMs: number;
  /** How many may wait for a slot, and for how long, before the edge answers 503 itself. */
  readonly maxQueued: number;
  readonly queueWaitMs: number;
  /**
   * An idle kept-alive connection to a context is dropped after this long. It stays below the
   * contexts' own keep-alive timeout (node's default, 5 s), so the edge never sends a request on
   * a connection the context is closing at that very moment.
   */
  readonly upstreamIdleMs: number;
}

export const defaultLimits: RouterLimits = {
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 20_000,
  connectTimeoutMs: 2_000,
  upstreamTimeoutMs: 30_000,
  maxInFlight: 32,
  minInFlight: 2,
  latencyTargetMs: 1_000,
  maxQueued: 64,
  queueWaitMs: 500,
  upstreamIdleMs: 4_000,
};

/** Seconds a client is asked to wait after a 503 from the edge. */
export const retryAfterSeconds = 1;

/**
 * How many requests one context may be working on at once, adapted to how fast it answers.
 *
 * The limit starts at its ceiling. A request that took longer than the latency target means the
 * context is past what it can serve well (its machine is busy, its database slow): the limit is cut
 * by a quarter, at most once per target interval, down to a floor. Each request answered within the
 * target raises it by 1/limit, so it climbs back by about one per round of requests (additive
 * increase, multiplicative decrease, as TCP does for its window). Up to `maxQueued` more wait at
 * most `waitMs` for a slot, in arrival order; anything beyond is refused at once. So a context that
 * cannot keep up is answered quickly by the edge (503) instead of piling up requests that would
 * time out in the shopper's browser.
 */
export type Release = () => void;

export interface InFlightOptions {
  /** The ceiling: never more at once than this. */
  readonly max: number;
  /** The floor the limit is never cut below. */
  readonly min: number;
  readonly maxQueued: number;
  readonly waitMs: number;
  /** A request that takes longer than this (from the slot granted to its end) counts as slow. */
  readonly latencyTargetMs: number;
  /** The clock, in milliseconds (tests pass their own). */
  readonly now?: () => number;
}

const decrease = 0.75;

export class InFlightLimit {
  private active = 0;
  private allowed: number;
  private lastCut = Number.NEGATIVE_INFINITY;
  private readonly waiting: Array<{ grant: (release: Release) => void }> = [];
  private readonly now: () => number;

  constructor(private readonly options: InFlightOptions) {
    if (!(options.min >= 1 && options.min <= options.max)) throw new RangeError(`in-flight limit: need 1 <= min (${options.min}) <= max (${options.max})`);
    this.allowed = options.max;
    this.now = options.now ?? (() => performance.now());
  }

  get inFlight(): number {
    return this.active;
  }

  /** How many may be in flight now. */
  get limit(): number {
    return Math.floor(this.allowed);
  }

  /** A release function once a slot is free, or `undefined` when the context is saturated. */
  acquire(): Promise<Release | undefined> {
    if (this.active < this.limit && this.waiting.length === 0) return Promise.resolve(this.take());
    if (this.waiting.length >= this.options.maxQueued) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const entry = {
        grant: (release: Release) => {
          clearTimeout(timer);
          resolve(release);
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        resolve(undefined);
      }, this.options.waitMs);
      this.waiting.push(entry);
    });
  }

  private take(): Release {
    this.active++;
    const started = this.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.learn(this.now() - started);
      this.drain();
    };
  }

  private learn(ms: number) {
    const { min, max, latencyTargetMs } = this.options;
    if (ms <= latencyTargetMs) {
      this.allowed = Math.min(max, this.allowed + 1 / this.allowed);
      return;
    }
    const at = this.now();
    if (at - this.lastCut < latencyTargetMs) return;
    this.lastCut = at;
    this.allowed = Math.max(min, this.allowed * decrease);
  }

  private drain() {
    while (this.active < this.limit) {
      const next = this.waiting.shift();
      if (!next) return;
      next.grant(this.take());
    }
  }
}

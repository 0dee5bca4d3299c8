/**
 * At most `max` requests at a time for one context; up to `maxQueued` more wait at most `waitMs`
 * for a slot, in arrival order. Anything beyond is refused at once, so an overloaded context is
 * answered quickly by the edge (503) instead of piling up connections it cannot serve.
 */
export type Release = () => void;

export class InFlightLimit {
  private active = 0;
  private readonly waiting: Array<{ grant: (release: Release) => void }> = [];

  constructor(
    private readonly max: number,
    private readonly maxQueued: number,
    private readonly waitMs: number,
  ) {}

  get inFlight(): number {
    return this.active;
  }

  /** A release function once a slot is free, or `undefined` when the context is saturated. */
  acquire(): Promise<Release | undefined> {
    if (this.active < this.max) return Promise.resolve(this.take());
    if (this.waiting.length >= this.maxQueued) return Promise.resolve(undefined);
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
      }, this.waitMs);
      this.waiting.push(entry);
    });
  }

  private take(): Release {
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      const next = this.waiting.shift();
      if (next) next.grant(this.take());
    };
  }
}

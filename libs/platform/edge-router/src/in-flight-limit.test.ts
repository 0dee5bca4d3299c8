import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InFlightLimit, type InFlightOptions } from './in-flight-limit';

/** A limit on a clock the test moves by hand. */
function limitWith(options: Partial<InFlightOptions>) {
  const clock = { ms: 0 };
  const limit = new InFlightLimit({ max: 8, min: 2, maxQueued: 0, waitMs: 0, latencyTargetMs: 1_000, now: () => clock.ms, ...options });
  return { limit, clock };
}

/** One request that takes `ms` on the clock. */
async function request(subject: ReturnType<typeof limitWith>, ms: number) {
  const release = await subject.limit.acquire();
  if (!release) throw new Error('refused');
  subject.clock.ms += ms;
  release();
}

describe('InFlightLimit', () => {
  it('grants up to its maximum at once, then hands a released slot to the first in line', async () => {
    const { limit } = limitWith({ max: 2, maxQueued: 5, waitMs: 1_000 });
    const first = await limit.acquire();
    const second = await limit.acquire();
    expect(limit.inFlight).toBe(2);
    const order: string[] = [];
    const third = limit.acquire().then((release) => (order.push('third'), release));
    const fourth = limit.acquire().then((release) => (order.push('fourth'), release));
    first?.();
    (await third)?.();
    second?.();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    expect(limit.inFlight).toBe(1);
  });

  it('refuses at once when the queue is full, and after the wait when no slot frees', async () => {
    const limit = new InFlightLimit({ max: 1, min: 1, maxQueued: 1, waitMs: 50, latencyTargetMs: 1_000 });
    await limit.acquire();
    const queued = limit.acquire();
    await expect(limit.acquire()).resolves.toBeUndefined();
    const started = performance.now();
    await expect(queued).resolves.toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('counts a release once, however often it is called', async () => {
    const { limit } = limitWith({ max: 1, min: 1 });
    const release = await limit.acquire();
    release?.();
    release?.();
    expect(limit.inFlight).toBe(0);
    expect(await limit.acquire()).toBeTypeOf('function');
    await expect(limit.acquire()).resolves.toBeUndefined();
  });

  it('cuts the limit while requests are slower than the target, once per target interval', async () => {
    const subject = limitWith({ max: 8, min: 2 });
    await request(subject, 1_500);
    expect(subject.limit.limit).toBe(6);
    // Slow answers that end within the same interval are one signal, not several.
    const [a, b] = [await subject.limit.acquire(), await subject.limit.acquire()];
    subject.clock.ms += 1_200;
    a?.();
    b?.();
    expect(subject.limit.limit).toBe(4);
    for (let i = 0; i < 5; i++) await request(subject, 1_500);
    expect(subject.limit.limit).toBe(2);
  });

  it('refuses what is above the cut limit, and climbs back while answers are fast', async () => {
    const subject = limitWith({ max: 4, min: 1 });
    for (let i = 0; i < 6; i++) await request(subject, 2_000);
    expect(subject.limit.limit).toBe(1);
    const held = await subject.limit.acquire();
    await expect(subject.limit.acquire()).resolves.toBeUndefined();
    held?.();
    for (let i = 0; i < 20; i++) await request(subject, 10);
    expect(subject.limit.limit).toBe(4);
  });

  it('keeps the limit between its floor and its ceiling, whatever the answer times', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 0, max: 16 }), fc.array(fc.nat({ max: 5_000 }), { maxLength: 60 }), async (min, extra, times) => {
        const subject = limitWith({ min, max: min + extra });
        for (const ms of times) {
          await request(subject, ms);
          expect(subject.limit.limit).toBeGreaterThanOrEqual(min);
          expect(subject.limit.limit).toBeLessThanOrEqual(min + extra);
        }
      }),
    );
  });

  it('rejects a floor above the ceiling', () => {
    expect(() => new InFlightLimit({ max: 2, min: 3, maxQueued: 0, waitMs: 0, latencyTargetMs: 1 })).toThrow(RangeError);
  });
});

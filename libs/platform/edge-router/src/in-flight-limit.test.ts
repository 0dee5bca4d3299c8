import { describe, expect, it } from 'vitest';
import { InFlightLimit } from './in-flight-limit';

describe('InFlightLimit', () => {
  it('grants up to its maximum at once, then hands a released slot to the first in line', async () => {
    const limit = new InFlightLimit(2, 5, 1_000);
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
    const limit = new InFlightLimit(1, 1, 50);
    await limit.acquire();
    const queued = limit.acquire();
    await expect(limit.acquire()).resolves.toBeUndefined();
    const started = performance.now();
    await expect(queued).resolves.toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('counts a release once, however often it is called', async () => {
    const limit = new InFlightLimit(1, 0, 0);
    const release = await limit.acquire();
    release?.();
    release?.();
    expect(limit.inFlight).toBe(0);
    expect(await limit.acquire()).toBeTypeOf('function');
    await expect(limit.acquire()).resolves.toBeUndefined();
  });
});

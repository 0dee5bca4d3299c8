import { describe, expect, it } from 'vitest';
import { PublicCache } from './public-cache';

/** A clock the test moves, and a loader that answers what it is told and counts its calls. */
function setup(options: ConstructorParameters<typeof PublicCache>[0] = {}) {
  let time = 0;
  const failures: string[] = [];
  const cache = new PublicCache({ freshMs: 10_000, maxStaleMs: 60_000, retryMs: 1_000, ...options, now: () => time, onRefreshError: (key) => failures.push(key) });
  const loader = { calls: 0, next: 'v1' as string | Error };
  const load = async () => {
    loader.calls += 1;
    const answer = loader.next;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { cache, loader, load, failures, advance: (ms: number) => (time += ms) };
}

/** Lets a background refresh finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PublicCache', () => {
  it('loads a missing entry once and serves it while fresh', async () => {
    const { cache, loader, load, advance } = setup();
    expect(await cache.get('k', load)).toBe('v1');
    advance(10_000);
    loader.next = 'v2';
    expect(await cache.get('k', load)).toBe('v1');
    expect(loader.calls).toBe(1);
  });

  it('loads once for any number of requests that miss at the same time', async () => {
    const { cache, loader, load } = setup();
    expect(await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)])).toEqual(['v1', 'v1', 'v1']);
    expect(loader.calls).toBe(1);
  });

  it('serves a stale entry at once and refreshes it once in the background', async () => {
    const { cache, loader, load, advance } = setup();
    await cache.get('k', load);
    advance(10_001);
    loader.next = 'v2';
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual(['v1', 'v1']);
    await settle();
    expect(loader.calls).toBe(2);
    expect(await cache.get('k', load)).toBe('v2');
  });

  it('keeps the stale entry when a refresh fails, and tries again no sooner than the retry time', async () => {
    const { cache, loader, load, failures, advance } = setup();
    await cache.get('k', load);
    advance(20_000);
    loader.next = new Error('ECONNREFUSED');
    expect(await cache.get('k', load)).toBe('v1');
    await settle();
    expect(failures).toEqual(['k']);
    expect(await cache.get('k', load)).toBe('v1');
    await settle();
    expect(loader.calls).toBe(2);
    advance(1_000);
    loader.next = 'v2';
    expect(await cache.get('k', load)).toBe('v1');
    await settle();
    expect(await cache.get('k', load)).toBe('v2');
    expect(loader.calls).toBe(3);
  });

  it('counts an entry older than the longest staleness as missing', async () => {
    const { cache, loader, load, advance } = setup();
    await cache.get('k', load);
    advance(60_001);
    loader.next = new Error('down');
    await expect(cache.get('k', load)).rejects.toThrow('down');
    loader.next = 'v2';
    expect(await cache.get('k', load)).toBe('v2');
  });

  it('caches no failure: the next request loads again', async () => {
    const { cache, loader, load } = setup();
    loader.next = new Error('503');
    await expect(cache.get('k', load)).rejects.toThrow('503');
    loader.next = 'v1';
    expect(await cache.get('k', load)).toBe('v1');
    expect(loader.calls).toBe(2);
  });

  it('drops the least recently used entry beyond its size', async () => {
    const { cache, loader, load } = setup({ maxEntries: 2 });
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('a', load);
    await cache.get('c', load);
    expect(cache.size).toBe(2);
    expect(loader.calls).toBe(3);
    await cache.get('a', load);
    expect(loader.calls).toBe(3);
    await cache.get('b', load);
    expect(loader.calls).toBe(4);
  });
});

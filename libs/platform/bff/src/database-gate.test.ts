import { beforeEach, describe, expect, it } from 'vitest';
import { databaseGateState, databaseUnavailable, reportDatabaseUnavailable, retryAfterSeconds } from './database-gate';

const later = (ms: number) => 1_000_000 + ms;
let probes = 0;
const up = async () => void probes++;
const down = async () => {
  probes++;
  throw new Error('ECONNREFUSED');
};

beforeEach(() => {
  Object.assign(databaseGateState(), { down: false, probedAt: 0, probing: null });
  probes = 0;
});

describe('the database gate', () => {
  it('never probes while nothing reported the database down', async () => {
    expect(await databaseUnavailable(down, later(0))).toBe(false);
    expect(probes).toBe(0);
  });

  it('stays shut after a report without probing for Retry-After seconds, then probes once', async () => {
    reportDatabaseUnavailable(later(0));
    expect(await databaseUnavailable(down, later(retryAfterSeconds * 1000 - 1))).toBe(true);
    expect(probes).toBe(0);
    expect(await databaseUnavailable(down, later(retryAfterSeconds * 1000))).toBe(true);
    expect(probes).toBe(1);
    expect(await databaseUnavailable(down, later(retryAfterSeconds * 1000 + 10))).toBe(true);
    expect(probes).toBe(1);
  });

  it('opens again as soon as a probe succeeds', async () => {
    reportDatabaseUnavailable(later(0));
    expect(await databaseUnavailable(up, later(retryAfterSeconds * 1000))).toBe(false);
    expect(await databaseUnavailable(down, later(retryAfterSeconds * 5000))).toBe(false);
    expect(probes).toBe(1);
  });

  it('lets concurrent requests share one probe', async () => {
    reportDatabaseUnavailable(later(0));
    let release = () => undefined as void;
    const slow = () => new Promise<void>((resolve) => ((probes += 1), (release = resolve)));
    const answers = Promise.all([1, 2, 3].map(() => databaseUnavailable(slow, later(retryAfterSeconds * 1000))));
    release();
    expect(await answers).toEqual([false, false, false]);
    expect(probes).toBe(1);
  });

  it('lives on globalThis, so every bundle of one server shares it', () => {
    reportDatabaseUnavailable();
    expect((globalThis as Record<symbol, { down: boolean }>)[Symbol.for('tractor.database-gate')]?.down).toBe(true);
  });
});

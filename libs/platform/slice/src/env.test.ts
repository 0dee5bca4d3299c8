import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sliceEnv, SliceEnvError } from './env';

describe('sliceEnv', () => {
  it('reads the context’s database settings under the one naming rule', () => {
    const env = sliceEnv('checkout', {}, { CHECKOUT_DATABASE_URL: 'postgresql://127.0.0.1/shop', CHECKOUT_DATABASE_POOL_MAX: '3', DECIDE_DATABASE_URL: 'postgresql://elsewhere/x' });
    expect(env).toEqual({ databaseUrl: 'postgresql://127.0.0.1/shop', databasePoolMax: 3, NODE_ENV: 'development' });
  });

  it('defaults the pool and leaves a missing URL to the first use of the database', () => {
    expect(sliceEnv('decide', {}, {})).toEqual({ databaseUrl: undefined, databasePoolMax: 5, NODE_ENV: 'development' });
  });

  it('adds what the context declares', () => {
    const env = sliceEnv('checkout', { CHECKOUT_COOKIE_SECRET: z.string().min(32).optional() }, { CHECKOUT_COOKIE_SECRET: 'k'.repeat(32) });
    expect(env.CHECKOUT_COOKIE_SECRET).toBe('k'.repeat(32));
  });

  it('names each malformed variable', () => {
    const bad = () => sliceEnv('explore', {}, { EXPLORE_DATABASE_URL: 'mysql://x/y', EXPLORE_DATABASE_POOL_MAX: '500' });
    expect(bad).toThrow(SliceEnvError);
    expect(bad).toThrow(/^explore: invalid environment\n {2}EXPLORE_DATABASE_URL: .*\n {2}EXPLORE_DATABASE_POOL_MAX: /);
  });
});

import { describe, expect, it } from 'vitest';
import { databaseVariables } from './database-variables';

describe('databaseVariables', () => {
  it('names a context’s database settings after the context', () => {
    expect(databaseVariables('checkout')).toEqual({ url: 'CHECKOUT_DATABASE_URL', poolMax: 'CHECKOUT_DATABASE_POOL_MAX' });
  });

  it('turns hyphens into underscores, so every name is a valid variable', () => {
    expect(databaseVariables('order-history').url).toBe('ORDER_HISTORY_DATABASE_URL');
  });
});

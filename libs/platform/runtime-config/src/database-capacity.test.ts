import { describe, expect, it } from 'vitest';
import { databaseCapacity, lambdaConcurrencyCap, proxyConnections } from './database-capacity';

describe('the connection budget', () => {
  it('gives each app as many Lambda instances as the proxy’s share of connections holds, whole pools included', () => {
    expect(proxyConnections()).toBe(60);
    expect(lambdaConcurrencyCap()).toBe(30);
    expect(lambdaConcurrencyCap() * databaseCapacity.poolPerInstance).toBeLessThanOrEqual(proxyConnections());
  });

  it('follows the figures: a larger instance or a smaller pool allows more instances', () => {
    expect(lambdaConcurrencyCap({ ...databaseCapacity, maxConnections: 190 })).toBe(71);
    expect(lambdaConcurrencyCap({ ...databaseCapacity, poolPerInstance: 1 })).toBe(60);
  });
});

import { describe, expect, it } from 'vitest';
import { databaseUrl, LinkedResourceError } from './database-url';

const linked = { host: 'checkout.abc.eu-central-1.rds.amazonaws.com', port: 5432, username: 'postgres', password: 'p@ss/w:rd', database: 'tractor' };
const only = (name: string, value: unknown) => (asked: string) => (asked === name ? value : undefined);

describe('databaseUrl', () => {
  it('prefers the configured variable (local runs and tests)', () => {
    expect(databaseUrl('checkout', 'postgresql://localhost/checkout', only('CheckoutDatabase', linked))).toBe('postgresql://localhost/checkout');
  });

  it('builds a TLS URL from the database linked to this context on AWS', () => {
    const url = new URL(databaseUrl('checkout', undefined, only('CheckoutDatabase', linked)) ?? '');
    expect(url.hostname).toBe(linked.host);
    expect(url.port).toBe('5432');
    expect(decodeURIComponent(url.password)).toBe('p@ss/w:rd');
    expect(url.pathname).toBe('/tractor');
    expect(url.searchParams.get('sslmode')).toBe('verify-full');
  });

  it('reads only its own context’s database', () => {
    expect(databaseUrl('decide', undefined, only('CheckoutDatabase', linked))).toBeUndefined();
  });

  it('is undefined when nothing is configured or linked', () => {
    expect(databaseUrl('explore', '', () => undefined)).toBeUndefined();
  });

  it('names the resource when a link is not a database', () => {
    expect(() => databaseUrl('checkout', undefined, only('CheckoutDatabase', { url: 'x' }))).toThrow(LinkedResourceError);
    expect(() => databaseUrl('checkout', undefined, only('CheckoutDatabase', { url: 'x' }))).toThrow(/CheckoutDatabase.*host/);
  });
});

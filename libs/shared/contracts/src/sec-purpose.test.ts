import { describe, expect, it } from 'vitest';
import { isSpeculative } from './sec-purpose';

describe('isSpeculative', () => {
  it.each(['prefetch', 'prefetch;prerender', 'prefetch; prerender', 'prefetch;anonymous-client-ip'])('is true for Sec-Purpose: %s', (value) => {
    expect(isSpeculative(new Headers({ 'sec-purpose': value }))).toBe(true);
  });

  it('reads the older Purpose header too', () => {
    expect(isSpeculative(new Headers({ purpose: 'prefetch' }))).toBe(true);
  });

  it.each([null, '', 'prefetcher', 'preview'])('is false for %s', (value) => {
    expect(isSpeculative(new Headers(value === null ? {} : { 'sec-purpose': value }))).toBe(false);
  });
});

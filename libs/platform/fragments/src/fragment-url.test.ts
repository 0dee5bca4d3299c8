import { describe, expect, it } from 'vitest';
import { FragmentsOriginError, fragmentsOrigin } from './fragment-url';

describe('fragmentsOrigin', () => {
  it('defaults to the local edge router', () => {
    expect(fragmentsOrigin({})).toBe('http://127.0.0.1:3000');
    expect(fragmentsOrigin({ FRAGMENTS_ORIGIN: '' })).toBe('http://127.0.0.1:3000');
  });

  it('takes the origin of FRAGMENTS_ORIGIN', () => {
    expect(fragmentsOrigin({ FRAGMENTS_ORIGIN: 'https://shop.example.com/' })).toBe('https://shop.example.com');
  });

  it('rejects values that are not http(s) URLs', () => {
    expect(() => fragmentsOrigin({ FRAGMENTS_ORIGIN: 'shop.example.com' })).toThrow(FragmentsOriginError);
    expect(() => fragmentsOrigin({ FRAGMENTS_ORIGIN: 'file:///etc' })).toThrow(FragmentsOriginError);
  });
});

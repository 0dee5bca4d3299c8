import { describe, expect, it } from 'vitest';
import { formatPrice } from './price';

describe('formatPrice', () => {
  it('writes whole Ø with thousands separators, as the spec shows prices', () => {
    expect(formatPrice(4000)).toBe('4,000 Ø');
    expect(formatPrice(59)).toBe('59 Ø');
    expect(formatPrice(1234567)).toBe('1,234,567 Ø');
    expect(formatPrice(0)).toBe('0 Ø');
  });

  it('rounds to a whole Ø', () => {
    expect(formatPrice(999.6)).toBe('1,000 Ø');
  });
});

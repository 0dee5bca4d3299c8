import { describe, expect, it } from 'vitest';
import { formatServerTiming } from './server-timing';

describe('formatServerTiming', () => {
  it('writes one entry per timing with a token name, the duration and a quoted description', () => {
    expect(
      formatServerTiming([
        { name: 'include.checkout.mini-cart', ms: 12.345, description: 'checkout/mini-cart timeout (fallback)' },
        { name: 'render', ms: 40 },
      ]),
    ).toBe('include.checkout.mini-cart;dur=12.3;desc="checkout/mini-cart timeout (fallback)", render;dur=40.0');
  });

  it('cannot be broken out of by a name or description', () => {
    expect(formatServerTiming([{ name: 'a b/c,d', ms: 1, description: 'x"\r\ny' }])).toBe('a.b.c.d;dur=1.0;desc="xy"');
  });
});

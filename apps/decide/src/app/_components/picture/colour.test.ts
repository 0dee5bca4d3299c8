import { describe, expect, it } from 'vitest';
import { palette } from './colour';

describe('palette', () => {
  it('tints and shades the variant colour', () => {
    expect(palette('#2A52BE')).toEqual({ body: '#2a52be', dark: '#26428d', light: '#95a9df', backdrop: '#e1e7f6', field: '#c3cfed' });
  });

  it('reads three-digit colours and draws grey for anything else', () => {
    expect(palette('#fff').body).toBe('#ffffff');
    expect(palette('red').body).toBe('#c0c0c0');
  });
});

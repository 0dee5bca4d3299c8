import { describe, expect, it } from 'vitest';
import { averageColour, colourDistance, rankByColour } from './rank-by-colour';

const variant = (sku: string, red: number, green: number, blue: number) => ({ sku, red, green, blue });

const black = variant('BK-01-BK', 0, 0, 0);
const white = variant('WH-01-WH', 255, 255, 255);
const grey = variant('GY-01-GY', 128, 128, 128);
const darkGrey = variant('GY-02-DK', 90, 90, 90);
const red = variant('RD-01-RD', 230, 20, 20);
const darkRed = variant('RD-02-DK', 150, 10, 10);
const blue = variant('BL-01-BL', 20, 40, 220);
const all = [black, white, grey, darkGrey, red, darkRed, blue];

describe('averageColour', () => {
  it('averages each channel, without rounding', () => {
    expect(averageColour([black, white])).toEqual({ red: 127.5, green: 127.5, blue: 127.5 });
    expect(averageColour([red])).toEqual({ red: 230, green: 20, blue: 20 });
  });

  it('has no average for no colours', () => {
    expect(averageColour([])).toBeNull();
  });
});

describe('colourDistance', () => {
  it('is the straight-line distance in RGB space', () => {
    expect(colourDistance(black, variant('X', 3, 4, 0))).toBe(5);
    expect(colourDistance(red, red)).toBe(0);
    expect(colourDistance(black, white)).toBeCloseTo(441.67, 2);
  });
});

describe('rankByColour', () => {
  it('ranks the other variants by distance to the given colour, closest first', () => {
    expect(rankByColour(all, [red.sku]).map((v) => v.sku)).toEqual([darkRed.sku, darkGrey.sku, grey.sku, black.sku]);
  });

  it('matches the average colour of several SKUs, and never suggests one of them', () => {
    const ranked = rankByColour(all, [black.sku, white.sku]).map((v) => v.sku);
    expect(ranked[0]).toBe(grey.sku);
    expect(ranked[1]).toBe(darkGrey.sku);
    expect(ranked).not.toContain(black.sku);
    expect(ranked).not.toContain(white.sku);
  });

  it('shows at most the limit, four by default', () => {
    expect(rankByColour(all, [grey.sku])).toHaveLength(4);
    expect(rankByColour(all, [grey.sku], 2)).toHaveLength(2);
    expect(rankByColour([grey, red], [grey.sku])).toEqual([red]);
  });

  it('ignores unknown SKUs and duplicates, and has nothing to match when none is known', () => {
    expect(rankByColour(all, [red.sku, 'NO-99-NO', red.sku])).toEqual(rankByColour(all, [red.sku]));
    expect(rankByColour(all, ['NO-99-NO'])).toEqual([]);
    expect(rankByColour(all, [])).toEqual([]);
  });

  it('orders equal distances by SKU, whatever order the candidates come in', () => {
    const twins = [variant('ZZ-01-AA', 10, 0, 0), variant('AA-01-AA', 0, 10, 0), variant('MM-01-AA', 0, 0, 10)];
    const target = variant('TT-01-TT', 0, 0, 0);
    expect(rankByColour([...twins, target], [target.sku]).map((v) => v.sku)).toEqual(['AA-01-AA', 'MM-01-AA', 'ZZ-01-AA']);
    expect(rankByColour([target, ...twins.reverse()], [target.sku]).map((v) => v.sku)).toEqual(['AA-01-AA', 'MM-01-AA', 'ZZ-01-AA']);
  });
});

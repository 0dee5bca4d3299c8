import { describe, expect, it } from 'vitest';
import { hex, luminance, mix, paint, shade, tint, variantColour } from './colour';
import { modelNumber, tractorScene } from './tractor-scene';
import { tractorThumbnail } from './tractor-thumbnail';

const blue = hex('#2A52BE');

describe('colour', () => {
  it('tints, shades and mixes the variant colour', () => {
    expect([paint(blue), paint(shade(blue, 0.3)), paint(tint(blue, 0.5)), paint(tint(blue, 0.86))]).toEqual(['#2a52be', '#26428d', '#95a9df', '#e1e7f6']);
    expect(mix({ red: 0, green: 0, blue: 0 }, { red: 255, green: 255, blue: 255 }, 0.5)).toEqual({ red: 128, green: 128, blue: 128 });
  });

  it('reads long and short hex, and refuses anything else', () => {
    expect(hex('#fff')).toEqual({ red: 255, green: 255, blue: 255 });
    expect(() => hex('red')).toThrow('not a #rrggbb colour: red');
  });

  it('draws a neutral grey for a variant colour it cannot read', () => {
    expect(paint(variantColour('#C0FFEE'))).toBe('#c0ffee');
    expect(paint(variantColour('red'))).toBe('#c0c0c0');
    expect(paint(variantColour('"/><script>'))).toBe('#c0c0c0');
  });

  it('ranks luminance from black to white', () => {
    expect(luminance({ red: 0, green: 0, blue: 0 })).toBe(0);
    expect(luminance({ red: 255, green: 255, blue: 255 })).toBe(1);
  });
});

describe('tractor pictures', () => {
  it('reads the model number from a product id', () => {
    expect([modelNumber('CL-07'), modelNumber('AU-12')]).toEqual([7, 12]);
  });

  it('paints the backdrop, the field and the machine from the one colour', () => {
    const scene = tractorScene({ category: 'classic', model: 1, colour: blue });
    expect(scene.startsWith('<rect width="320" height="240" fill="#e1e7f6"/>')).toBe(true);
    expect(scene).toContain('fill="#2a52be"');
    expect(tractorScene({ category: 'autonomous', model: 2, colour: blue })).toContain('stroke-dasharray="6 6"');
    expect(tractorScene({ category: 'autonomous', model: 1, colour: blue })).not.toContain('stroke-dasharray="6 6"');
  });

  it('paints the thumbnail body and hubs in the colour', () => {
    expect(tractorThumbnail(blue).match(/fill="#2a52be"/g)).toHaveLength(3);
  });
});

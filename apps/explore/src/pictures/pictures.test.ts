import { describe, expect, it } from 'vitest';
import { scenes } from './scenes';
import { storeScene, storeSize } from './store-scenes';
import { svgDocument } from './svg-document';
import { tractorAlt, tractorSvg } from './tractor-svg';

/**
 * A browser shows nothing at all for an SVG image with one malformed tag, so every drawing is
 * checked the way an XML parser would: tags nest, and no tag repeats an attribute.
 */
function problems(svg: string): string[] {
  const found: string[] = [];
  const open: string[] = [];
  for (const [tag, closing, name = '', attrs = '', selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
    const names = [...attrs.matchAll(/\s([a-zA-Z:-]+)=/g)].map((match) => match[1]);
    if (new Set(names).size !== names.length) found.push(`repeated attribute in ${tag}`);
    if (/=\s*[^"\s]/.test(attrs.replace(/"[^"]*"/g, '""'))) found.push(`unquoted attribute in ${tag}`);
    if (closing) {
      if (open.pop() !== name) found.push(`misplaced ${tag}`);
    } else if (!selfClosing) open.push(name);
  }
  if (open.length > 0) found.push(`unclosed ${open.join(', ')}`);
  if (/\bNaN\b|undefined/.test(svg)) found.push('NaN or undefined in the markup');
  return found;
}

const colours = [
  { red: 0, green: 0, blue: 0 },
  { red: 255, green: 255, blue: 255 },
  { red: 107, green: 142, blue: 35 },
];

describe('drawings', () => {
  it('draws every model of both categories in any colour as well-formed SVG', () => {
    for (const category of ['classic', 'autonomous']) {
      for (let model = 1; model <= 15; model++) {
        for (const colour of colours) {
          const svg = tractorSvg({ category, model, colour, title: 'x' });
          expect(problems(svg), `${category} ${model}`).toEqual([]);
        }
      }
    }
  });

  it('draws the scenes and the store buildings as well-formed SVG', () => {
    for (const [name, scene] of Object.entries(scenes)) {
      expect(problems(svgDocument({ width: scene.width, height: scene.height, title: scene.alt, body: scene.draw() })), name).toEqual([]);
    }
    for (let position = 0; position < 5; position++) {
      const scene = storeScene(position);
      expect(problems(svgDocument({ ...storeSize, title: scene.describe('A & B'), body: scene.draw('A & B <Store>') })), `store ${position}`).toEqual([]);
    }
  });

  it('escapes text it is given', () => {
    const svg = tractorSvg({ category: 'classic', model: 1, colour: colours[0] ?? { red: 0, green: 0, blue: 0 }, title: 'Tom & <Jerry>' });
    expect(svg).toContain('<title>Tom &amp; &lt;Jerry&gt;</title>');
    expect(storeScene(3).draw('<script>')).toContain('&lt;script&gt;');
  });

  it('is sized for an <img> with width and height', () => {
    expect(tractorSvg({ category: 'autonomous', model: 2, colour: colours[2] ?? colours[0] ?? { red: 0, green: 0, blue: 0 }, title: 'x' })).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="320" height="240" viewBox="0 0 320 240"/);
  });
});

describe('tractor words', () => {
  it('describes a variant by product and colour', () => {
    expect(tractorAlt({ productName: 'Heritage Workhorse', colourName: 'Stormy Sky' })).toBe('Heritage Workhorse in Stormy Sky');
    expect(tractorAlt({ productName: 'Heritage Workhorse', colourName: null })).toBe('Heritage Workhorse');
  });
});

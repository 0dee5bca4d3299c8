/**
 * A classic tractor, facing left, standing on y = 206 in a 320 × 240 frame. The model number picks
 * the cab, exhaust, wheel sizes and trim, so each product in the range looks like itself.
 */
import { luminance, paint, shade, tint, type Rgb } from './colour';
import { ink, outline, wheel } from './wheel';

const ground = 206;
const glass = '#cfe6f5';

type Cab = 'closed' | 'canopy' | 'open';

function variation(model: number) {
  const cabs: Cab[] = ['closed', 'canopy', 'open'];
  return {
    cab: cabs[model % 3] ?? 'closed',
    rear: 46 + (model % 4) * 2,
    front: 26 + (model % 3) * 2,
    exhaustX: 96 + (model % 5) * 9,
    weights: model % 4 === 0,
    stripe: model % 2 === 1,
    rimStyle: model % 3,
  };
}

export function classicTractor(model: number, colour: Rgb): string {
  const v = variation(model);
  const body = paint(colour);
  const dark = paint(shade(colour, 0.28));
  const light = paint(tint(colour, 0.45));
  const rim = v.rimStyle === 0 ? '#f1e6c8' : v.rimStyle === 1 ? light : paint(luminance(colour) > 0.5 ? shade(colour, 0.45) : tint(colour, 0.7));
  const rearY = ground - v.rear;
  const frontY = ground - v.front;
  const hoodTop = 108;
  const hoodBottom = 152;

  const exhaust =
    `<rect x="${v.exhaustX}" y="58" width="9" height="${hoodTop - 54}" rx="2" fill="#3a3d3b" ${ink()}/>` +
    `<rect x="${v.exhaustX - 2}" y="54" width="13" height="8" rx="2" fill="#3a3d3b" ${ink()}/>`;

  const hood =
    `<path d="M58 ${hoodBottom} L54 ${hoodTop + 16} Q54 ${hoodTop + 2} 70 ${hoodTop} L184 ${hoodTop - 8} L184 ${hoodBottom} Z" fill="${body}" ${ink()}/>` +
    (v.stripe ? `<path d="M60 ${hoodTop + 14} L184 ${hoodTop + 6} L184 ${hoodTop + 14} L60 ${hoodTop + 22} Z" fill="${light}"/>` : '') +
    `<rect x="50" y="${hoodTop + 10}" width="14" height="${hoodBottom - hoodTop - 14}" rx="3" fill="${dark}" ${ink()}/>` +
    [0, 1, 2, 3].map((i) => `<line x1="53" x2="61" y1="${hoodTop + 18 + i * 7}" y2="${hoodTop + 18 + i * 7}" stroke="${outline}" stroke-width="2"/>`).join('') +
    [0, 1, 2].map((i) => `<line x1="${100 + i * 12}" x2="${108 + i * 12}" y1="${hoodTop + 30}" y2="${hoodTop + 30}" stroke="${outline}" stroke-opacity="0.45" stroke-width="3" stroke-linecap="round"/>`).join('') +
    `<circle cx="66" cy="${hoodTop + 6}" r="5" fill="#ffe08a" ${ink(2.5)}/>`;

  const weights = v.weights
    ? [0, 1, 2].map((i) => `<rect x="34" y="${hoodTop + 14 + i * 11}" width="18" height="10" rx="2" fill="${dark}" ${ink(2.5)}/>`).join('')
    : '';

  const chassis = `<rect x="72" y="${hoodBottom - 4}" width="130" height="16" rx="3" fill="#3a3d3b" ${ink()}/>`;

  const seatBody = `<path d="M170 ${hoodBottom} L170 104 L266 104 L270 ${hoodBottom} Z" fill="${dark}" ${ink()}/>`;
  const fender = `<path d="M${222 - v.rear - 10} ${rearY + 4} A ${v.rear + 10} ${v.rear + 10} 0 0 1 ${222 + v.rear + 10} ${rearY + 4} L${222 + v.rear} ${rearY + 4} A ${v.rear} ${v.rear} 0 0 0 ${222 - v.rear} ${rearY + 4} Z" fill="${body}" ${ink()}/>`;

  const seat = `<path d="M214 104 L214 80 Q214 74 220 74 L230 74 L232 104 Z" fill="#3a3d3b" ${ink(3)}/>`;
  const steering = `<line x1="196" y1="104" x2="190" y2="80" stroke="${outline}" stroke-width="4"/><ellipse cx="190" cy="78" rx="12" ry="4" fill="none" stroke="${outline}" stroke-width="4" transform="rotate(-18 190 78)"/>`;

  const cab =
    v.cab === 'closed'
      ? `<path d="M176 104 L184 46 L260 46 L264 104 Z" fill="${glass}" ${ink()}/>` +
        `<path d="M192 54 L200 54 L186 98 L182 98 Z" fill="#ffffff" fill-opacity="0.7"/>` +
        `<line x1="222" y1="46" x2="222" y2="104" stroke="${outline}" stroke-width="5"/>` +
        `<rect x="178" y="38" width="90" height="12" rx="4" fill="${body}" ${ink()}/>`
      : v.cab === 'canopy'
        ? seat + steering + `<line x1="184" y1="104" x2="190" y2="46" stroke="${outline}" stroke-width="6" stroke-linecap="round"/>` +
          `<line x1="258" y1="104" x2="256" y2="46" stroke="${outline}" stroke-width="6" stroke-linecap="round"/>` +
          `<path d="M176 46 Q222 30 270 46 L266 54 Q222 40 180 54 Z" fill="${body}" ${ink()}/>`
        : seat + steering;

  return [
    exhaust,
    cab,
    seatBody,
    chassis,
    wheel({ cx: 222, cy: rearY, r: v.rear, rim }),
    fender,
    hood,
    weights,
    wheel({ cx: 88, cy: frontY, r: v.front, rim }),
    `<rect x="176" y="${hoodBottom + 8}" width="18" height="6" rx="2" fill="${outline}"/>`,
  ].join('');
}

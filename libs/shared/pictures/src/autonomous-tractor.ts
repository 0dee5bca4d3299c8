/**
 * An autonomous tractor, facing left, standing on y = 206 in a 320 × 240 frame: no cab, a sensor
 * visor and a lidar mast instead. The model number picks wheels or tracks, a solar roof and trim.
 */
import { paint, shade, tint, type Rgb } from './colour';
import { ink, outline, round, tyre, wheel } from './wheel';

const ground = 206;
const glow = '#63f0ff';

function variation(model: number) {
  return {
    tracks: model % 2 === 0,
    solar: model % 3 === 0,
    mastX: 100 + (model % 4) * 16,
    tall: model % 3 === 1,
  };
}

function tracks(dark: string): string {
  const top = ground - 56;
  const rollers = [122, 161, 200]
    .map((cx) => `<circle cx="${cx}" cy="${ground - 22}" r="12" fill="${dark}" stroke="${outline}" stroke-width="2.5"/><circle cx="${cx}" cy="${ground - 22}" r="4" fill="${outline}"/>`)
    .join('');
  return (
    `<rect x="50" y="${top}" width="222" height="56" rx="28" fill="${tyre}" stroke="${outline}" stroke-width="3.5"/>` +
    `<rect x="54" y="${top + 4}" width="214" height="48" rx="24" fill="none" stroke="#454947" stroke-width="5" stroke-dasharray="6 6"/>` +
    `<circle cx="80" cy="${ground - 28}" r="21" fill="${dark}" stroke="${outline}" stroke-width="3"/><circle cx="80" cy="${ground - 28}" r="6" fill="${outline}"/>` +
    `<circle cx="242" cy="${ground - 28}" r="21" fill="${dark}" stroke="${outline}" stroke-width="3"/><circle cx="242" cy="${ground - 28}" r="6" fill="${outline}"/>` +
    rollers
  );
}

export function autonomousTractor(model: number, colour: Rgb): string {
  const v = variation(model);
  const body = paint(colour);
  const dark = paint(shade(colour, 0.3));
  const light = paint(tint(colour, 0.5));
  const top = v.tall ? 76 : 88;
  const bottom = v.tracks ? ground - 50 : 156;

  const mast =
    `<rect x="${v.mastX}" y="${top - 30}" width="8" height="32" fill="#3a3d3b" ${ink(2.5)}/>` +
    `<path d="M${v.mastX - 10} ${top - 30} Q${v.mastX + 4} ${top - 50} ${v.mastX + 18} ${top - 30} Z" fill="#e9eef0" ${ink(2.5)}/>` +
    `<rect x="${v.mastX - 10}" y="${top - 32}" width="28" height="6" rx="3" fill="${glow}" ${ink(2)}/>` +
    `<path d="M${v.mastX - 14} ${top - 42} Q${v.mastX - 22} ${top - 32} ${v.mastX - 14} ${top - 22}" fill="none" stroke="${glow}" stroke-width="3" stroke-linecap="round" opacity="0.9"/>` +
    `<path d="M${v.mastX - 24} ${top - 48} Q${v.mastX - 36} ${top - 32} ${v.mastX - 24} ${top - 16}" fill="none" stroke="${glow}" stroke-width="3" stroke-linecap="round" opacity="0.5"/>`;

  const shell =
    `<path d="M46 ${bottom} L52 ${top + 34} Q56 ${top} 90 ${top} L244 ${top} Q270 ${top} 274 ${top + 30} L278 ${bottom} Z" fill="${body}" ${ink()}/>` +
    `<path d="M60 ${top + 18} Q64 ${top + 8} 90 ${top + 8} L160 ${top + 8} L152 ${top + 30} L58 ${top + 30} Z" fill="#1f2a33" ${ink(3)}/>` +
    `<path d="M66 ${top + 22} L148 ${top + 22}" stroke="${glow}" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="M54 ${bottom - 14} L274 ${bottom - 14}" stroke="${light}" stroke-width="5" stroke-linecap="round"/>` +
    `<line x1="176" y1="${top + 12}" x2="176" y2="${bottom - 22}" stroke="${outline}" stroke-opacity="0.35" stroke-width="2.5"/>` +
    `<line x1="226" y1="${top + 12}" x2="226" y2="${bottom - 22}" stroke="${outline}" stroke-opacity="0.35" stroke-width="2.5"/>` +
    `<rect x="46" y="${bottom - 30}" width="10" height="12" rx="2" fill="#fff6cf" ${ink(2)}/>` +
    (v.solar
      ? `<path d="M170 ${top - 4} L180 ${top - 16} L266 ${top - 16} L260 ${top - 4} Z" fill="#24407a" ${ink(2.5)}/>` +
        [0, 1, 2, 3].map((i) => `<line x1="${round(196 + i * 18)}" y1="${top - 15}" x2="${round(192 + i * 18)}" y2="${top - 5}" stroke="#8fb3ff" stroke-width="1.5"/>`).join('')
      : `<rect x="188" y="${top - 8}" width="56" height="8" rx="3" fill="${dark}" ${ink(2.5)}/>`);

  const running = v.tracks
    ? tracks(dark)
    : wheel({ cx: 94, cy: ground - 36, r: 36, rim: light }) + wheel({ cx: 230, cy: ground - 36, r: 36, rim: light }) +
      `<path d="M48 ${bottom - 2} A 48 48 0 0 1 140 ${bottom - 2}" fill="none" stroke="${dark}" stroke-width="8"/>` +
      `<path d="M184 ${bottom - 2} A 48 48 0 0 1 276 ${bottom - 2}" fill="none" stroke="${dark}" stroke-width="8"/>`;

  return mast + shell + running;
}

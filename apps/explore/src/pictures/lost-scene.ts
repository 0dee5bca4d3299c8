/** The not-found page's picture: a tractor at a crossroads, unsure which way to go. */
import { ink } from '@tractor/pictures';
import { cloud, colours, placeTractor, skyGradient } from './scenery';

export const lostSize = { width: 480, height: 280 } as const;

export const lostAlt = 'A small tractor at a signpost in an empty field, unsure which way to go';

export function lostScene(): string {
  return (
    `<defs>${skyGradient('lost-sky', '#cfe6f3', '#f6f1e2')}</defs>` +
    `<rect width="480" height="280" fill="url(#lost-sky)"/>` +
    cloud(110, 60, 1) + cloud(380, 44, 0.8) +
    `<path d="M0 180 Q120 150 240 170 T480 160 V280 H0 Z" fill="#b4d592"/>` +
    `<path d="M0 206 Q240 180 480 200 V280 H0 Z" fill="#e8c767"/>` +
    `<path d="M300 280 Q318 230 360 196 L372 196 Q346 232 340 280 Z" fill="#d4b25a"/>` +
    `<rect x="356" y="112" width="8" height="112" fill="#8a6a44" ${ink(2.5)}/>` +
    `<path d="M364 120 H420 L432 132 L420 144 H364 Z" fill="#f4efe4" ${ink(2.5)}/>` +
    `<path d="M356 152 H304 L292 164 L304 176 H356 Z" fill="#f4efe4" ${ink(2.5)}/>` +
    `<text x="398" y="138" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="800" font-size="15" fill="#1b1d1c">?</text>` +
    `<text x="322" y="170" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="800" font-size="15" fill="#1b1d1c">?</text>` +
    placeTractor('classic', 5, colours.red, { x: 60, groundY: 250, width: 220 })
  );
}

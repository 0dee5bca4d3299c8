/** The home page's picture: a farm valley where a classic and an autonomous tractor work side by side. */
import { ink } from '@tractor/pictures';
import { barn, bird, cloud, colours, hayBale, placeTractor, skyGradient, tree } from './scenery';

export const heroSize = { width: 960, height: 560 } as const;

export const heroAlt = 'A red classic tractor and a mint autonomous tractor at work in a sunny farm valley, with a red barn on the hill';

export function heroScene(): string {
  const furrows = [458, 492, 528]
    .map((y, i) => `<path d="M0 ${y + 12} Q480 ${y - 34 + i * 6} 960 ${y}" fill="none" stroke="#d2a845" stroke-width="${5 + i * 2}" stroke-linecap="round"/>`)
    .join('');
  return (
    `<defs>${skyGradient('sky', '#bfe0f0', '#fbf0d6')}</defs>` +
    `<rect width="960" height="560" fill="url(#sky)"/>` +
    `<circle cx="770" cy="128" r="112" fill="#ffe7a3" fill-opacity="0.55"/><circle cx="770" cy="128" r="70" fill="#ffd15e"/>` +
    cloud(190, 110, 1.3) + cloud(520, 74, 0.9) + cloud(880, 250, 0.8, 0.75) +
    bird(380, 120) + bird(410, 138, 0.8) + bird(352, 146, 0.7) +
    `<path d="M0 318 Q170 240 360 292 T700 270 T960 292 V560 H0 Z" fill="#b4d592"/>` +
    tree(642, 284, 0.8, '#5d9a47') + tree(676, 282, 0.65, '#4e8a3d') +
    barn(96, 318, 1.05) +
    `<rect x="232" y="236" width="40" height="84" rx="4" fill="#dcd3c2" ${ink(3)}/><path d="M232 240 Q252 212 272 240 Z" fill="#9aa3a8" ${ink(3)}/>` +
    `<path d="M0 372 Q250 318 520 356 T960 338 V560 H0 Z" fill="#8cc06c"/>` +
    [0, 1, 2].map((i) => `<path d="M${20 + i * 30} ${404 - i * 14} Q300 ${352 - i * 12} 540 ${372 - i * 10}" fill="none" stroke="#6fa555" stroke-width="6" stroke-linecap="round" stroke-dasharray="2 14"/>`).join('') +
    [0, 1, 2, 3, 4, 5, 6].map((i) => `<rect x="${560 + i * 52}" y="${348 - i * 1.5}" width="6" height="30" fill="#8a6a44" ${ink(2)}/>`).join('') +
    `<path d="M560 356 L898 346 M560 368 L898 358" stroke="#8a6a44" stroke-width="4"/>` +
    placeTractor('autonomous', 7, colours.mint, { x: 600, groundY: 398, width: 210 }) +
    `<path d="M0 430 Q480 384 960 418 V560 H0 Z" fill="#e8c767"/>` +
    furrows +
    hayBale(820, 512, 38) + hayBale(896, 500, 30) +
    placeTractor('classic', 3, colours.red, { x: 150, groundY: 520, width: 420 })
  );
}

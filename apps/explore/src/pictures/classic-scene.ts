/** The Classics teaser: a classic tractor bringing in the hay at golden hour. */
import { barn, bird, colours, hayBale, placeTractor, skyGradient, tree } from './scenery';

export const teaserSize = { width: 640, height: 360 } as const;

export const classicAlt = 'A green classic tractor beside hay bales at sunset, a red barn behind it';

export function classicScene(): string {
  return (
    `<defs>${skyGradient('dusk', '#f6b26b', '#fde6c0')}</defs>` +
    `<rect width="640" height="360" fill="url(#dusk)"/>` +
    `<circle cx="470" cy="190" r="86" fill="#ffd98a" fill-opacity="0.6"/><circle cx="470" cy="190" r="54" fill="#ffc44d"/>` +
    bird(150, 70) + bird(176, 84, 0.8) +
    `<path d="M0 214 Q140 160 300 200 T640 190 V360 H0 Z" fill="#c9a45a"/>` +
    barn(40, 222, 0.8) + tree(232, 206, 0.6, '#7a8f3a') + tree(600, 200, 0.7, '#7a8f3a') +
    `<path d="M0 250 Q320 206 640 240 V360 H0 Z" fill="#e2bf62"/>` +
    [0, 1, 2].map((i) => `<path d="M0 ${292 + i * 26} Q320 ${258 + i * 28} 640 ${284 + i * 24}" fill="none" stroke="#cc9f3f" stroke-width="${4 + i}" stroke-linecap="round"/>`).join('') +
    hayBale(470, 300, 34) + hayBale(545, 290, 27) + hayBale(596, 318, 30) +
    placeTractor('classic', 1, colours.green, { x: 70, groundY: 330, width: 340 })
  );
}

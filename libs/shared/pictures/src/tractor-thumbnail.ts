/**
 * A small tractor in a 64 × 48 frame, for lists where the full picture would be too busy (the
 * basket). SVG markup without the `<svg>` element, like the full picture.
 */
import { paint, type Rgb } from './colour';
import { outline } from './wheel';

export const thumbnailSize = { width: 64, height: 48 } as const;

export function tractorThumbnail(colour: Rgb): string {
  const body = paint(colour);
  return (
    `<rect width="64" height="48" rx="6" fill="#eef1ea"/>` +
    `<path d="M12 31V22q0-2 2-2h18l4-9h12l2 20z" fill="${body}" stroke="${outline}" stroke-width="1.5" stroke-linejoin="round"/>` +
    `<rect x="38" y="13" width="9" height="7" rx="1" fill="#cfe3f2" stroke="${outline}" stroke-width="1"/>` +
    `<circle cx="44" cy="34" r="8" fill="#2b2d2c"/>` +
    `<circle cx="44" cy="34" r="3" fill="${body}"/>` +
    `<circle cx="19" cy="36" r="6" fill="#2b2d2c"/>` +
    `<circle cx="19" cy="36" r="2.2" fill="${body}"/>`
  );
}

/** A tractor wheel, and the ink every drawing is outlined in. */
export const outline = '#1b1d1c';
export const tyre = '#2a2c2b';

export function wheel({ cx, cy, r, rim }: { cx: number; cy: number; r: number; rim: string }): string {
  const rimR = r * 0.56;
  const lug = (2 * Math.PI * (r - 3)) / 22;
  const bolts = [0, 1, 2, 3, 4]
    .map((i) => {
      const angle = (i / 5) * 2 * Math.PI - Math.PI / 2;
      return `<circle cx="${round(cx + Math.cos(angle) * rimR * 0.52)}" cy="${round(cy + Math.sin(angle) * rimR * 0.52)}" r="${round(r * 0.045 + 0.8)}" fill="${outline}"/>`;
    })
    .join('');
  return (
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${tyre}" stroke="${outline}" stroke-width="3"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${round(r - 3)}" fill="none" stroke="#454947" stroke-width="6" stroke-dasharray="${round(lug * 0.45)} ${round(lug * 0.55)}"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${round(rimR)}" fill="${rim}" stroke="${outline}" stroke-width="3"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${round(rimR * 0.72)}" fill="none" stroke="${outline}" stroke-opacity="0.25" stroke-width="2"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${round(r * 0.16)}" fill="${outline}" fill-opacity="0.85"/>` +
    bolts
  );
}

export const round = (value: number) => Math.round(value * 10) / 10;

/** The outline every drawing shares, as SVG attributes. */
export const ink = (width = 3.5) => `stroke="${outline}" stroke-width="${width}" stroke-linejoin="round"`;

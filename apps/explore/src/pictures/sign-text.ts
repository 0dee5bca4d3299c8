import { escapeHtml } from '@tractor/fragments';

/**
 * A line of text on a sign, in the system font. Squeezed to `maxWidth` only when it would be wider
 * (estimated), so short names keep their natural spacing and long ones never overflow the sign.
 */
export function signText(text: string, { x, y, size, maxWidth, fill }: { x: number; y: number; size: number; maxWidth: number; fill: string }): string {
  const estimated = text.length * size * 0.62;
  const squeeze = estimated > maxWidth ? ` textLength="${maxWidth}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${x}" y="${y}" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-weight="800" font-size="${size}" fill="${fill}"${squeeze}>${escapeHtml(text)}</text>`;
}

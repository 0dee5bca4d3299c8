import { escapeHtml } from '@tractor/fragments';

/**
 * A standalone SVG image. The title names it when opened on its own; pages describe it with the
 * `alt` of the `<img>` that shows it.
 */
export function svgDocument({ width, height, title, body }: { width: number; height: number; title: string; body: string }): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escapeHtml(title)}</title>${body}</svg>`
  );
}

import { html } from '@tractor/fragments';

/**
 * An `<img>` of one of explore's drawings in fragment markup. Width and height reserve its space
 * before it loads, so the host page never jumps.
 */
export function picture({ src, width, height, alt, className, lazy = true }: { src: string; width: number; height: number; alt: string; className: string; lazy?: boolean }) {
  return html`<img class="${className}" src="${src}" width="${width}" height="${height}" alt="${alt}"${lazy ? html` loading="lazy"` : ''} decoding="async">`;
}

/**
 * The design system's small tractor, tinted with the variant's colour from checkout's data.
 * Decorative beside the tractor's name, so it is hidden from assistive technology.
 */
import { thumbnailSize, tractorThumbnail, variantColour } from '@tractor/pictures';

export function TractorThumbnail({ color, size = 96 }: { color: string; size?: number }) {
  return (
    <svg width={size} height={Math.round((size * thumbnailSize.height) / thumbnailSize.width)} viewBox={`0 0 ${thumbnailSize.width} ${thumbnailSize.height}`} aria-hidden="true" focusable="false">
      {/* Markup drawn by the design system from a parsed colour: nothing from outside reaches it. */}
      <g dangerouslySetInnerHTML={{ __html: tractorThumbnail(variantColour(color)) }} />
    </svg>
  );
}

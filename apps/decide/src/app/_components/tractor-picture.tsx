/**
 * The product's picture in the selected variant's colour: the design system's tractor scene, the
 * same drawing explore's catalogue shows for it. Inline, so the largest thing on the page needs no
 * request of its own; fixed width and height keep the layout from shifting while the page loads.
 */
import { modelNumber, tractorScene, tractorSize, variantColour } from '@tractor/pictures';

interface Props {
  /** The product id; its number (7 for CL-07) picks the model's details. */
  readonly productId: string;
  readonly category: string;
  readonly color: string;
  /** Names the product and colour for assistive technology. */
  readonly label: string;
  readonly size?: number;
}

export function TractorPicture({ productId, category, color, label, size = 640 }: Props) {
  const scene = tractorScene({ category, model: modelNumber(productId), colour: variantColour(color) });
  return (
    <svg role="img" aria-label={label} width={size} height={Math.round((size * tractorSize.height) / tractorSize.width)} viewBox={`0 0 ${tractorSize.width} ${tractorSize.height}`}>
      {/* Markup drawn by the design system from numbers and a parsed colour: nothing from outside reaches it. */}
      <g dangerouslySetInnerHTML={{ __html: scene }} />
    </svg>
  );
}

/**
 * Decide's own drawing of a product in the selected variant's colour, on a backdrop tinted to
 * match, in the look of explore's catalogue pictures: the same machine (cab, wheels or tracks)
 * for the same product. Fixed width and height keep the layout from shifting while the page loads.
 */
import { AutonomousTractor } from './picture/autonomous-tractor';
import { ClassicTractor } from './picture/classic-tractor';
import { palette } from './picture/colour';

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
  const paint = palette(color);
  const model = Number(/\d+/.exec(productId)?.[0] ?? 0);
  return (
    <svg role="img" aria-label={label} width={size} height={Math.round(size * 0.75)} viewBox="0 0 320 240">
      <rect width="320" height="240" fill={paint.backdrop} />
      <circle cx="250" cy="64" r="34" fill="#ffffff" fillOpacity="0.55" />
      <path d="M0 196 Q80 184 160 190 T320 186 V240 H0 Z" fill={paint.field} />
      <ellipse cx="162" cy="208" rx="132" ry="9" fill="#1b1d1c" fillOpacity="0.16" />
      {category === 'autonomous' ? <AutonomousTractor paint={paint} model={model} /> : <ClassicTractor paint={paint} model={model} />}
    </svg>
  );
}

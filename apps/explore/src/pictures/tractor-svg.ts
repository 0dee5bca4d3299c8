/**
 * A variant's picture: its tractor, painted in its colour, on a backdrop tinted to match. One
 * drawing per category, varied by model number, so the catalogue never repeats itself exactly.
 */
import { paint, tint, type Rgb } from './colour';
import { autonomousTractor } from './autonomous-tractor';
import { classicTractor } from './classic-tractor';
import { svgDocument } from './svg-document';

export const tractorSize = { width: 320, height: 240 } as const;

export interface TractorDrawing {
  readonly category: string;
  readonly model: number;
  readonly colour: Rgb;
  readonly title: string;
}

/** "Heritage Workhorse in Stormy Sky": what the picture shows, for its `alt` text. */
export function tractorAlt({ productName, colourName }: { productName: string; colourName: string | null }): string {
  return colourName ? `${productName} in ${colourName}` : productName;
}

/** The model number in a product id: 7 for CL-07. */
export function modelNumber(productId: string): number {
  return Number(/\d+/.exec(productId)?.[0] ?? 0);
}

export function tractorSvg({ category, model, colour, title }: TractorDrawing): string {
  const backdrop = tint(colour, 0.86);
  const field = tint(colour, 0.74);
  const drawing = category === 'autonomous' ? autonomousTractor(model, colour) : classicTractor(model, colour);
  return svgDocument({
    ...tractorSize,
    title,
    body:
      `<rect width="320" height="240" fill="${paint(backdrop)}"/>` +
      `<circle cx="250" cy="64" r="34" fill="#ffffff" fill-opacity="0.55"/>` +
      `<path d="M0 196 Q80 184 160 190 T320 186 V240 H0 Z" fill="${paint(field)}"/>` +
      `<ellipse cx="162" cy="208" rx="132" ry="9" fill="#1b1d1c" fill-opacity="0.16"/>` +
      drawing,
  });
}

/**
 * A variant's picture: its tractor, painted in its colour, on a backdrop tinted to match, in a
 * 320 × 240 frame. One drawing per category, varied by model number, so the catalogue never repeats
 * itself exactly and a product looks the same on every team's page. SVG markup without the `<svg>`
 * element, so each page frames it as it needs (a standalone image, an inline picture).
 */
import { autonomousTractor } from './autonomous-tractor';
import { boundedMemo } from './bounded-memo';
import { classicTractor } from './classic-tractor';
import { paint, tint, type Rgb } from './colour';

export const tractorSize = { width: 320, height: 240 } as const;

export interface TractorDrawing {
  readonly category: string;
  readonly model: number;
  readonly colour: Rgb;
}

/** The model number in a product id: 7 for CL-07. */
export function modelNumber(productId: string): number {
  return Number(/\d+/.exec(productId)?.[0] ?? 0);
}

/** Drawn once per category, model and colour: a product page draws the same scene for every shopper. */
export const tractorScene = boundedMemo(drawScene, ({ category, model, colour }) => `${category} ${model} ${paint(colour)}`, 1024);

function drawScene({ category, model, colour }: TractorDrawing): string {
  const drawing = category === 'autonomous' ? autonomousTractor(model, colour) : classicTractor(model, colour);
  return (
    `<rect width="320" height="240" fill="${paint(tint(colour, 0.86))}"/>` +
    `<circle cx="250" cy="64" r="34" fill="#ffffff" fill-opacity="0.55"/>` +
    `<path d="M0 196 Q80 184 160 190 T320 186 V240 H0 Z" fill="${paint(tint(colour, 0.74))}"/>` +
    `<ellipse cx="162" cy="208" rx="132" ry="9" fill="#1b1d1c" fill-opacity="0.16"/>` +
    drawing
  );
}

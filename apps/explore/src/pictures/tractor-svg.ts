/**
 * A variant's picture as explore serves it: the design system's tractor scene as a standalone SVG
 * image, titled with what it shows.
 */
import { tractorScene, tractorSize, type TractorDrawing } from '@tractor/pictures';
import { svgDocument } from './svg-document';

/** "Heritage Workhorse in Stormy Sky": what the picture shows, for its `alt` text. */
export function tractorAlt({ productName, colourName }: { productName: string; colourName: string | null }): string {
  return colourName ? `${productName} in ${colourName}` : productName;
}

export function tractorSvg({ title, ...drawing }: TractorDrawing & { readonly title: string }): string {
  return svgDocument({ ...tractorSize, title, body: tractorScene(drawing) });
}

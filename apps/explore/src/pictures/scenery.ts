/** Pieces of landscape the scenes and store drawings share. */

/** A tractor drawing placed with its wheels on `groundY`, `width` wide (the drawing is 320 × 240, ground at 206). */
export function placeTractor(kind: 'classic' | 'autonomous', model: number, colour: Rgb, { x, groundY, width, flip = false }: { x: number; groundY: number; width: number; flip?: boolean }): string {
  const scale = width / 320;
  const drawing = kind === 'autonomous' ? autonomousTractor(model, colour) : classicTractor(model, colour);
  const mirror = flip ? ` translate(320 0) scale(-1 1)` : '';
  return (
    `<ellipse cx="${round(x + 162 * scale)}" cy="${round(groundY + 2 * scale)}" rx="${round(132 * scale)}" ry="${round(8 * scale)}" fill="#1b1d1c" fill-opacity="0.18"/>` +
    `<g transform="translate(${round(x)} ${round(groundY - 206 * scale)}) scale(${round(scale * 1000) / 1000})${mirror}">${drawing}</g>`
  );
}

export const colours = {
  red: hex('#c8412f'),
  green: hex('#4f8a3c'),
  mint: hex('#7fd6c2'),
  silver: hex('#c9d1d6'),
  yellow: hex('#f2b632'),
};

/** A vertical sky gradient, declared under `id`. */
export const skyGradient = (id: string, top: string, bottom: string) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;

export function cloud(x: number, y: number, size = 1, opacity = 0.9): string {
  const s = (value: number) => round(value * size);
  return `<g fill="#ffffff" fill-opacity="${opacity}"><ellipse cx="${x}" cy="${y}" rx="${s(46)}" ry="${s(16)}"/><circle cx="${x - s(14)}" cy="${y - s(10)}" r="${s(18)}"/><circle cx="${x + s(12)}" cy="${y - s(14)}" r="${s(22)}"/></g>`;
}

export function tree(x: number, groundY: number, size = 1, leaf = '#3f7a3a'): string {
  const s = (value: number) => round(value * size);
  return (
    `<rect x="${x - s(4)}" y="${groundY - s(30)}" width="${s(8)}" height="${s(30)}" fill="#6b4a2b" ${ink(2)}/>` +
    `<circle cx="${x}" cy="${groundY - s(44)}" r="${s(22)}" fill="${leaf}" ${ink(2.5)}/>` +
    `<circle cx="${x - s(7)}" cy="${groundY - s(50)}" r="${s(7)}" fill="#ffffff" fill-opacity="0.18"/>`
  );
}

export function bird(x: number, y: number, size = 1): string {
  return `<path d="M${x - 8 * size} ${y} q${4 * size} ${-5 * size} ${8 * size} 0 q${4 * size} ${-5 * size} ${8 * size} 0" fill="none" stroke="#1b1d1c" stroke-width="2" stroke-linecap="round"/>`;
}

export function hayBale(x: number, groundY: number, r: number): string {
  return (
    `<circle cx="${x}" cy="${groundY - r}" r="${r}" fill="#e7b94f" ${ink(3)}/>` +
    `<circle cx="${x}" cy="${groundY - r}" r="${round(r * 0.62)}" fill="none" stroke="#b9862a" stroke-width="3"/>` +
    `<circle cx="${x}" cy="${groundY - r}" r="${round(r * 0.28)}" fill="none" stroke="#b9862a" stroke-width="3"/>`
  );
}

/** A red barn with a loft door; `x` is its left edge. */
export function barn(x: number, groundY: number, size = 1): string {
  const s = (value: number) => round(value * size);
  const top = groundY - s(70);
  return (
    `<path d="M${x} ${groundY} V${top} L${x + s(60)} ${top - s(42)} L${x + s(120)} ${top} V${groundY} Z" fill="#b8432f" ${ink(3)}/>` +
    `<path d="M${x - s(8)} ${top + s(4)} L${x + s(60)} ${top - s(50)} L${x + s(128)} ${top + s(4)}" fill="none" stroke="#f4efe4" stroke-width="${s(8)}" stroke-linejoin="round"/>` +
    `<rect x="${x + s(38)}" y="${groundY - s(48)}" width="${s(44)}" height="${s(48)}" fill="#f4efe4" ${ink(3)}/>` +
    `<path d="M${x + s(38)} ${groundY - s(48)} L${x + s(82)} ${groundY} M${x + s(82)} ${groundY - s(48)} L${x + s(38)} ${groundY}" stroke="#b8432f" stroke-width="${s(5)}"/>` +
    `<rect x="${x + s(50)}" y="${top - s(18)}" width="${s(20)}" height="${s(16)}" fill="#f4efe4" ${ink(2.5)}/>`
  );
}import { autonomousTractor, classicTractor, hex, ink, type Rgb, round } from '@tractor/pictures';


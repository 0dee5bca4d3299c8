/** Colour arithmetic for explore's drawings: every picture is tinted from a variant's RGB. */
export interface Rgb {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
}

const channel = (value: number) => Math.max(0, Math.min(255, Math.round(value)));

/** The colour as a CSS/SVG paint value. */
export function paint({ red, green, blue }: Rgb): string {
  return `#${[red, green, blue].map((value) => channel(value).toString(16).padStart(2, '0')).join('')}`;
}

/** Blends `from` towards `to`; `amount` 0 keeps `from`, 1 gives `to`. */
export function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const blend = (a: number, b: number) => channel(a + (b - a) * amount);
  return { red: blend(from.red, to.red), green: blend(from.green, to.green), blue: blend(from.blue, to.blue) };
}

const black: Rgb = { red: 27, green: 29, blue: 28 };
const white: Rgb = { red: 255, green: 255, blue: 255 };

export const shade = (colour: Rgb, amount: number) => mix(colour, black, amount);
export const tint = (colour: Rgb, amount: number) => mix(colour, white, amount);

/** Relative luminance (WCAG), 0 for black to 1 for white. */
export function luminance({ red, green, blue }: Rgb): number {
  const linear = (value: number) => {
    const v = channel(value) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** Parses `#rrggbb`, for the fixed colours of scenes and stores. */
export function hex(value: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  if (!match) throw new Error(`not a #rrggbb colour: ${value}`);
  const [, red = '0', green = '0', blue = '0'] = match;
  return { red: parseInt(red, 16), green: parseInt(green, 16), blue: parseInt(blue, 16) };
}

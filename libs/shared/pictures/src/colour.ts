/** Colour arithmetic for the shop's drawings: every picture is tinted from a variant's colour. */
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

function parse(value: string): Rgb | null {
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value)?.slice(1);
  const parts = long ?? /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value)?.slice(1).map((digit) => digit + digit);
  if (!parts) return null;
  const [red = 0, green = 0, blue = 0] = parts.map((part) => parseInt(part, 16));
  return { red, green, blue };
}

/** Parses `#rrggbb` or `#rgb`, for the fixed colours of scenes and stores; anything else is a bug and throws. */
export function hex(value: string): Rgb {
  const rgb = parse(value);
  if (!rgb) throw new Error(`not a #rrggbb colour: ${value}`);
  return rgb;
}

const neutral: Rgb = { red: 192, green: 192, blue: 192 };

/** A variant's colour as a context's data spells it (`#rrggbb` or `#rgb`); anything else draws a neutral grey. */
export function variantColour(value: string): Rgb {
  return parse(value) ?? neutral;
}

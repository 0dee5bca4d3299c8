/** Colour arithmetic for decide's drawings: every part is tinted or shaded from the variant's colour. */
interface Rgb {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
}

const ink: Rgb = { red: 27, green: 29, blue: 28 };
const white: Rgb = { red: 255, green: 255, blue: 255 };
const fallback: Rgb = { red: 192, green: 192, blue: 192 };

/** `#rrggbb` or `#rgb`, as the reference data spells colours; anything else draws a neutral grey. */
function parse(colour: string): Rgb {
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const parts = long?.slice(1) ?? short?.slice(1).map((digit) => digit + digit);
  if (!parts) return fallback;
  const [red = 0, green = 0, blue = 0] = parts.map((part) => parseInt(part, 16));
  return { red, green, blue };
}

const format = ({ red, green, blue }: Rgb) => `#${[red, green, blue].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** Blends `from` towards `to`: 0 keeps `from`, 1 gives `to`. */
function mix(from: Rgb, to: Rgb, amount: number): string {
  const blend = (a: number, b: number) => Math.round(a + (b - a) * amount);
  return format({ red: blend(from.red, to.red), green: blend(from.green, to.green), blue: blend(from.blue, to.blue) });
}

/** The variant's colour and the lighter and darker paints a drawing needs, as `#rrggbb`. */
export function palette(colour: string) {
  const base = parse(colour);
  return {
    body: format(base),
    dark: mix(base, ink, 0.3),
    light: mix(base, white, 0.5),
    backdrop: mix(base, white, 0.86),
    field: mix(base, white, 0.72),
  };
}

export type Palette = ReturnType<typeof palette>;

/**
 * Colour recommendations as The Tractor Store spec defines them: average the RGB of the SKUs the
 * shopper is looking at, then suggest the other variants closest to that colour. Pure, so the
 * ranking is tested without a database.
 */
export interface Colour {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
}

export interface Candidate extends Colour {
  readonly sku: string;
}

export function averageColour(colours: readonly Colour[]): Colour | null {
  if (colours.length === 0) return null;
  const sum = (pick: (colour: Colour) => number) => colours.reduce((total, colour) => total + pick(colour), 0) / colours.length;
  return { red: sum((c) => c.red), green: sum((c) => c.green), blue: sum((c) => c.blue) };
}

/** Straight-line distance in RGB space. */
export function colourDistance(a: Colour, b: Colour): number {
  return Math.hypot(a.red - b.red, a.green - b.green, a.blue - b.blue);
}

/**
 * The `limit` candidates closest in colour to the average of `skus`, closest first; never one of
 * `skus` itself. SKUs that are not candidates are ignored; if none is, there is nothing to match.
 * Equal distances are ordered by SKU so the answer never depends on database order.
 */
export function rankByColour<T extends Candidate>(candidates: readonly T[], skus: readonly string[], limit = 4): T[] {
  const given = new Set(skus);
  const target = averageColour(candidates.filter((candidate) => given.has(candidate.sku)));
  if (!target) return [];
  return candidates
    .filter((candidate) => !given.has(candidate.sku))
    .map((candidate) => ({ candidate, distance: colourDistance(candidate, target) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.sku.localeCompare(b.candidate.sku))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

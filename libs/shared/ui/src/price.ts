/**
 * One formatter for the whole process: building an `Intl.NumberFormat` loads locale data and cost
 * more than the rest of a listing card's render together.
 */
const wholeNumbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Prices in the shop's own currency, Ø, without decimals, as the spec shows them. */
export function formatPrice(amount: number): string {
  return `${wholeNumbers.format(amount)} Ø`;
}

/** Prices in the shop's own currency, Ø, without decimals, as the spec shows them. */
export function formatPrice(amount: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(amount)} Ø`;
}

/**
 * After a load run: every unit checkout started with is either still in stock or in an order.
 * A lost update (two orders taking the same unit) or a half-written order shows up as a mismatch.
 */
import pg from 'pg';
import type { SeedVariant } from './seed-stock';

export interface StockMismatch {
  readonly sku: string;
  readonly seed: number;
  readonly inStock: number;
  readonly ordered: number;
}

export interface StockReport {
  readonly unitsOrdered: number;
  readonly orders: number;
  readonly mismatches: readonly StockMismatch[];
}

export async function checkStock(databaseUrl: string, seed: readonly SeedVariant[]): Promise<StockReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const stock = await client.query<{ sku: string; inventory: number }>('SELECT sku, inventory FROM "Variant"');
    const ordered = await client.query<{ sku: string; units: string }>('SELECT sku, SUM(quantity)::text AS units FROM "OrderLine" GROUP BY sku');
    const orders = await client.query<{ count: string }>('SELECT COUNT(*)::text AS count FROM "Order"');
    const inStock = new Map(stock.rows.map((row) => [row.sku, row.inventory]));
    const units = new Map(ordered.rows.map((row) => [row.sku, Number(row.units)]));
    const mismatches = seed
      .map((variant) => ({ sku: variant.sku, seed: variant.inventory, inStock: inStock.get(variant.sku) ?? Number.NaN, ordered: units.get(variant.sku) ?? 0 }))
      .filter((row) => row.inStock + row.ordered !== row.seed);
    return { unitsOrdered: [...units.values()].reduce((a, b) => a + b, 0), orders: Number(orders.rows[0]?.count ?? 0), mismatches };
  } finally {
    await client.end();
  }
}

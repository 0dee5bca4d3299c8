/** Checkout's seed: every variant it sells with its starting stock, as the load run's catalogue and its yardstick. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedVariant {
  readonly sku: string;
  readonly productId: string;
  readonly inventory: number;
}

const seedFile = join(import.meta.dirname, '..', '..', 'apps', 'checkout', 'prisma', 'seed-data.json');

export function seedVariants(): SeedVariant[] {
  const data = JSON.parse(readFileSync(seedFile, 'utf8')) as { variants?: unknown };
  if (!Array.isArray(data.variants)) throw new Error(`${seedFile} has no variants`);
  return data.variants.map((item: unknown) => {
    const { sku, productId, inventory } = (item ?? {}) as Record<string, unknown>;
    if (typeof sku !== 'string' || typeof productId !== 'string' || typeof inventory !== 'number') throw new Error(`${seedFile}: malformed variant`);
    return { sku, productId, inventory };
  });
}

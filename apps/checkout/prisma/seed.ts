/**
 * Seeds checkout's database from the Tractor Store 2.0 reference data (MIT, neuland), kept in
 * checkout's own shape in seed-data.json. Idempotent: every variant is an upsert keyed by its SKU.
 * Inventory is only set when a variant is first created, so a reseed never undoes sales.
 */
import type { Db } from '../src/server/db';
import data from './seed-data.json' with { type: 'json' };

export async function seed(db: Db): Promise<void> {
  await db.$transaction(
    data.variants.map(({ inventory, ...v }) =>
      db.variant.upsert({ where: { sku: v.sku }, create: { ...v, inventory }, update: v }),
    ),
  );
}

/** True when the database holds no variants yet: the launcher seeds only then. */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.variant.count()) === 0;
}

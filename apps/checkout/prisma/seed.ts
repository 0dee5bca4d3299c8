/**
 * Seeds checkout's database from the Tractor Store 2.0 reference data (MIT, neuland), kept in
 * checkout's own shape in seed-data.json: the variants it sells and the stores it accepts orders
 * for. Idempotent: every row is an upsert keyed by its id. Inventory is only set when a variant is
 * first created, so a reseed never undoes sales.
 */
import { seedTransactionOptions } from '@tractor/db-runtime';
import type { Db } from '../src/server/db';
import data from './seed-data.json' with { type: 'json' };

export async function seed(db: Db): Promise<void> {
  await db.$transaction(
    [
      ...data.variants.map(({ inventory, ...v }) => db.variant.upsert({ where: { sku: v.sku }, create: { ...v, inventory }, update: v })),
      ...data.stores.map((store) => db.store.upsert({ where: { id: store.id }, create: store, update: store })),
    ],
    seedTransactionOptions,
  );
}

/**
 * True while part of the seed is missing (no variants, or no stores yet: a database from before
 * checkout kept its own stores): the launcher and deploys seed only then.
 */
export async function isEmpty(db: Db): Promise<boolean> {
  const [variants, stores] = await Promise.all([db.variant.count(), db.store.count()]);
  return variants === 0 || stores === 0;
}

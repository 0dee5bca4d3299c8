/**
 * Seeds explore's database from the Tractor Store 2.0 reference data (MIT, neuland), kept in
 * explore's own shape in seed-data.json. Idempotent: every row is an upsert keyed by its id.
 */
import { seedTransactionOptions } from '@tractor/db-runtime';
import type { Db } from '../src/server/db';
import data from './seed-data.json' with { type: 'json' };

export async function seed(db: Db): Promise<void> {
  const colour = ([red, green, blue]: number[]) => ({ red: red ?? 0, green: green ?? 0, blue: blue ?? 0 });
  await db.$transaction([
    ...data.categories.map((c) => db.category.upsert({ where: { key: c.key }, create: c, update: c })),
    ...data.teasers.map((t, position) => {
      const row = { categoryKey: t.category, title: t.title, position };
      return db.categoryTeaser.upsert({ where: { categoryKey: t.category }, create: row, update: row });
    }),
    ...data.products.map((p) => {
      const row = { id: p.id, name: p.name, categoryKey: p.category, startPrice: p.startPrice, imageSku: p.imageSku, ...colour(p.rgb) };
      return db.productTeaser.upsert({ where: { id: p.id }, create: row, update: row });
    }),
    ...data.stores.map((s, position) => {
      const row = { ...s, position };
      return db.store.upsert({ where: { id: s.id }, create: row, update: row });
    }),
    ...data.variants.map((v) => {
      const row = { sku: v.sku, productId: v.productId, name: v.name, ...colour(v.rgb) };
      return db.recommendableVariant.upsert({ where: { sku: v.sku }, create: row, update: row });
    }),
  ], seedTransactionOptions);
}

/** True when the database holds no catalogue yet: the launcher seeds only then. */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.category.count()) === 0;
}

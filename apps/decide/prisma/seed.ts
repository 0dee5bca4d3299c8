/**
 * Seeds decide's database from the Tractor Store 2.0 reference data (MIT, neuland), kept in
 * decide's own shape in seed-data.json. Idempotent: every row is an upsert keyed by its id.
 */
import { seedTransactionOptions } from '@tractor/db-runtime';
import type { Db } from '../src/server/db';
import data from './seed-data.json' with { type: 'json' };

export async function seed(db: Db): Promise<void> {
  await db.$transaction(
    data.products.flatMap((p, position) => {
      const product = { id: p.id, name: p.name, category: p.category, position };
      return [
        db.product.upsert({ where: { id: p.id }, create: product, update: product }),
        ...p.highlights.map((text, index) =>
          db.highlight.upsert({
            where: { productId_position: { productId: p.id, position: index } },
            create: { productId: p.id, position: index, text },
            update: { text },
          }),
        ),
        ...p.variants.map((v, index) => {
          const variant = { ...v, productId: p.id, position: index };
          return db.variant.upsert({ where: { sku: v.sku }, create: variant, update: variant });
        }),
      ];
    }),
    seedTransactionOptions,
  );
}

/** True when the database holds no products yet: the launcher seeds only then. */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.product.count()) === 0;
}

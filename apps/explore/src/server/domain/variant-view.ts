/**
 * A variant as explore shows it: which product it belongs to, the name of its colour and the
 * product's category, so a picture and a link can be made from it. Shared by the procedures that
 * return variants; not a procedure itself.
 */
import type { Db } from '../db';
import type { Prisma } from '../db';

export const variantSelect = { sku: true, productId: true, name: true, red: true, green: true, blue: true } satisfies Prisma.RecommendableVariantSelect;

type VariantRow = Prisma.RecommendableVariantGetPayload<{ select: typeof variantSelect }>;

export interface VariantView {
  readonly sku: string;
  readonly productId: string;
  readonly productName: string;
  /** "Stormy Sky" of "Heritage Workhorse Stormy Sky". */
  readonly colourName: string;
  readonly category: string;
  readonly red: number;
  readonly green: number;
  readonly blue: number;
}

/** The colour part of a variant's name; the whole name when it does not start with the product's. */
export function colourName(variantName: string, productName: string): string {
  return variantName.startsWith(`${productName} `) ? variantName.slice(productName.length + 1) : variantName;
}

/** Variants whose product is not in the catalogue are left out: there would be nothing to link to. */
export async function viewVariants(db: Db, rows: readonly VariantRow[]): Promise<VariantView[]> {
  const products = await db.productTeaser.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.productId))] } },
    select: { id: true, name: true, categoryKey: true },
  });
  const byId = new Map(products.map((product) => [product.id, product]));
  return rows.flatMap((row) => {
    const product = byId.get(row.productId);
    if (!product) return [];
    const { sku, productId, red, green, blue } = row;
    return [{ sku, productId, productName: product.name, colourName: colourName(row.name, product.name), category: product.categoryKey, red, green, blue }];
  });
}

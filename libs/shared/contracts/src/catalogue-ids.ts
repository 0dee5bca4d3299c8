/**
 * The shapes of the catalogue's identifiers, the same in every context's copy of the data: a product
 * id is a product line and a model number (`CL-01`); a SKU adds a two-letter colour code (`CL-01-GR`).
 * Every context validates ids with these, so a URL, a form or a fragment query accepted by one team
 * is accepted by all.
 */
import * as z from 'zod/mini';

export const productIdPattern = /^[A-Z]{2}-\d{2}$/;
export const skuPattern = /^[A-Z]{2}-\d{2}-[A-Z]{2}$/;

/** How many SKUs one list (a recommendations query) may name. */
export const maxSkusPerList = 20;

export const isProductId = (value: string): boolean => productIdPattern.test(value);
export const isSku = (value: string): boolean => skuPattern.test(value);

export const productIdSchema = z.string().check(z.regex(productIdPattern, 'a product id looks like CL-01'));
export const skuSchema = z.string().check(z.regex(skuPattern, 'a SKU looks like CL-01-GR'));

/** `CL-01-GY,AU-07-MT`: one to twenty SKUs, comma separated, as a fragment query carries them. */
export const skuListSchema = z.string().check(
  z.refine((value) => {
    const skus = value.split(',');
    return skus.length <= maxSkusPerList && skus.every(isSku);
  }, `up to ${maxSkusPerList} SKUs like CL-01-GR, separated by commas`),
);

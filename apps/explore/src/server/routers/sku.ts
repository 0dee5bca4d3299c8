import { z } from 'zod';

/** A variant's SKU, like CL-01-GY: product line, model number, colour code. */
export const sku = z.string().regex(/^[A-Z]{2}-\d{2}-[A-Z]{2}$/, 'a SKU looks like CL-01-GY');

/** Every input checkout accepts, validated the same way whether it came from the BFF or a form post. */
import { skuSchema as sku } from '@tractor/contracts';
import { z } from 'zod';

export const addToCartInput = z.object({
  sku,
  quantity: z.coerce.number().int().min(1).max(10).default(1),
});

export const removeFromCartInput = z.object({ sku });

export const setQuantityInput = z.object({
  sku,
  quantity: z.coerce.number('the quantity is a number').int('the quantity is a whole number').min(1, 'the quantity is at least 1: use Remove to take a tractor out').max(99, 'the quantity is at most 99'),
});

export const placeOrderInput = z.object({
  /** Generated with each checkout form; the same key always yields the same order. */
  idempotencyKey: z.uuid('the checkout form is out of date: please reload it'),
  firstName: z.string().trim().min(1, 'First name is required').max(100),
  lastName: z.string().trim().min(1, 'Last name is required').max(100),
  /** The id the store picker reported; placeOrder checks it against checkout's own stores. */
  storeId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'choose a store'),
});

export type AddToCartInput = z.infer<typeof addToCartInput>;
export type SetQuantityInput = z.infer<typeof setQuantityInput>;
export type PlaceOrderInput = z.infer<typeof placeOrderInput>;

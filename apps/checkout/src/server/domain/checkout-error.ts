/**
 * What can go wrong in checkout on purpose. Each reason has one tRPC code (mapped once by the BFF)
 * and the form routes branch on `reason` to send the shopper somewhere helpful.
 */
import { DomainError, type DomainErrorCode } from '@tractor/bff';
import { refusedText } from '../../texts/add-to-cart';
import type { Refused } from './add-to-cart';

export type CheckoutErrorReason = 'unknown-sku' | 'out-of-stock' | 'stock-limit' | 'empty-cart' | 'cart-ordered' | 'foreign-key' | 'unknown-store' | 'not-in-cart';

const codes: Record<CheckoutErrorReason, DomainErrorCode> = {
  'unknown-sku': 'BAD_REQUEST',
  'out-of-stock': 'CONFLICT',
  'stock-limit': 'CONFLICT',
  'empty-cart': 'PRECONDITION_FAILED',
  'cart-ordered': 'CONFLICT',
  'foreign-key': 'FORBIDDEN',
  'unknown-store': 'BAD_REQUEST',
  'not-in-cart': 'NOT_FOUND',
};

export class CheckoutError extends DomainError {
  constructor(
    readonly reason: CheckoutErrorReason,
    message: string,
    /** The variant it is about, when there is one. */
    readonly sku?: string,
    /** The order it is about, when there is one (the order a basket already became). */
    readonly orderId?: string,
  ) {
    super(codes[reason], message);
  }
}

export const unknownStore = (storeId: string) =>
  new CheckoutError('unknown-store', `We cannot take orders for pick-up at the store “${storeId}”: please choose one of our stores.`);

/** A change to a line the basket does not hold (removed meanwhile, or another browser's basket). */
export const notInCart = (sku: string) => new CheckoutError('not-in-cart', `Your basket holds no tractor with the SKU ${sku}.`, sku);

/** A quantity the basket cannot hold: more than is in stock (the same words as a refused add). */
export const quantityRefused = (name: string, sku: string, inventory: number) =>
  new CheckoutError(inventory === 0 ? 'out-of-stock' : 'stock-limit', inventory === 0 ? `Sorry, ${name} is out of stock.` : refusedText({ name, inventory }), sku);

export const unknownSku = (sku: string) => new CheckoutError('unknown-sku', `There is no tractor with the SKU ${sku}.`, sku);

/** A refused add, for callers that answer with an error (the BFF: CONFLICT). */
export const addRefused = (refused: Refused) => new CheckoutError(refused.reason, refusedText(refused), refused.sku);

/** An order asked for more than is left: nothing was ordered. */
export const notEnoughLeft = (name: string, sku: string, left: number) =>
  new CheckoutError(
    'out-of-stock',
    left === 0 ? `Sorry, ${name} is out of stock: nothing was ordered.` : `Sorry, only ${left} × ${name} left in stock: nothing was ordered.`,
    sku,
  );

export const emptyCart = () => new CheckoutError('empty-cart', 'Your basket is empty: add a tractor before checking out.');

/** The basket was ordered already (another tab, another submit): it can become only one order. */
export const cartOrdered = (orderId: string) =>
  new CheckoutError('cart-ordered', 'This basket has already been ordered: nothing else was ordered.', undefined, orderId);

/** A checkout form's key replayed from another basket: the order it placed is not this shopper's. */
export const foreignKey = () => new CheckoutError('foreign-key', 'This checkout form belongs to another basket: please reload the checkout page.');

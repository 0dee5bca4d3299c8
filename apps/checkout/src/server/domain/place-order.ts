/**
 * Turns the shopper's cart into an order, in one database transaction: claim the cart (a cart
 * becomes at most one order), take each line's stock with a conditional decrement (the row lock
 * makes concurrent orders queue; none can take stock that is gone), re-read the prices under that
 * lock, write the order with its lines and total, empty the cart. Any refusal rolls everything
 * back, so there are no partial orders. The pick-up store must be one of checkout's own stores.
 *
 * The claim is a conditional update of the cart's row (`orderedAt IS NULL`): a second transaction
 * on the same cart (another tab, another key) waits for the row lock, then finds the cart claimed
 * and is refused; if the first one rolled back, the second claims it instead.
 *
 * Idempotent: the order carries the key of the checkout form it came from (unique in the
 * database) and the cart it came from. A retried or doubled submit from that cart finds the
 * order, before starting or after losing a race, and answers with it; the same key from any other
 * cart is refused, so a key alone never reveals an order.
 */
import type { Db } from '../db';
import type { Prisma } from '../db';
import { cartOrdered, emptyCart, foreignKey, notEnoughLeft, unknownStore } from './checkout-error';
import type { PlaceOrderInput } from './inputs';

export interface PlacedOrder {
  orderId: string;
  /** False when this request repeated one that had already placed the order. */
  created: boolean;
}

// PGlite serves one session, so transactions there queue behind each other: give them room.
const transactionOptions = { maxWait: 15_000, timeout: 20_000 };

export async function placeOrder(db: Db, cartId: string | null, input: PlaceOrderInput): Promise<PlacedOrder> {
  const earlier = await orderWithKey(db, input.idempotencyKey, cartId);
  if (earlier) return { orderId: earlier, created: false };
  if (!cartId) throw emptyCart();
  // Stores only ever join checkout's list (a seed), so checking before the transaction is enough.
  const store = await db.store.findUnique({ where: { id: input.storeId }, select: { id: true } });
  if (!store) throw unknownStore(input.storeId);
  try {
    const orderId = await db.$transaction((tx) => createOrder(tx, cartId, input), transactionOptions);
    return { orderId, created: true };
  } catch (error) {
    const winner = await orderWithKey(db, input.idempotencyKey, cartId);
    if (winner) return { orderId: winner, created: false };
    throw error;
  }
}

/** The order placed with this key from this cart; a key used from another cart is refused. */
async function orderWithKey(db: Db, idempotencyKey: string, cartId: string | null): Promise<string | null> {
  const order = await db.order.findUnique({ where: { idempotencyKey }, select: { id: true, cartId: true } });
  if (!order) return null;
  if (cartId === null || order.cartId !== cartId) throw foreignKey();
  return order.id;
}

async function claimCart(tx: Prisma.TransactionClient, cartId: string): Promise<void> {
  const claimed = await tx.$executeRaw`
    UPDATE "Cart" SET "orderedAt" = now(), "updatedAt" = now() WHERE "id" = ${cartId}::uuid AND "orderedAt" IS NULL`;
  if (claimed === 1) return;
  const order = await tx.order.findUnique({ where: { cartId }, select: { id: true } });
  throw order ? cartOrdered(order.id) : emptyCart();
}

async function createOrder(tx: Prisma.TransactionClient, cartId: string, input: PlaceOrderInput): Promise<string> {
  await claimCart(tx, cartId);
  // Locking in SKU order means two orders sharing variants never wait on each other in a circle.
  const lines = await tx.cartLine.findMany({ where: { cartId }, select: { sku: true, quantity: true }, orderBy: { sku: 'asc' } });
  if (lines.length === 0) throw emptyCart();

  const ordered: Prisma.OrderLineCreateManyOrderInput[] = [];
  for (const { sku, quantity } of lines) {
    const [variant] = await tx.$queryRaw<{ name: string; price: number }[]>`
      UPDATE "Variant" SET "inventory" = "inventory" - ${quantity}::int
      WHERE "sku" = ${sku} AND "inventory" >= ${quantity}::int
      RETURNING "name", "price"`;
    if (!variant) {
      const now = await tx.variant.findUniqueOrThrow({ where: { sku }, select: { name: true, inventory: true } });
      throw notEnoughLeft(now.name, sku, now.inventory);
    }
    ordered.push({ sku, quantity, name: variant.name, price: variant.price });
  }

  const order = await tx.order.create({
    data: {
      idempotencyKey: input.idempotencyKey,
      cartId,
      firstName: input.firstName,
      lastName: input.lastName,
      storeId: input.storeId,
      total: ordered.reduce((sum, line) => sum + line.price * line.quantity, 0),
      lines: { createMany: { data: ordered } },
    },
    select: { id: true },
  });
  await tx.cartLine.deleteMany({ where: { cartId } });
  return order.id;
}

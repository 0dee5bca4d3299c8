/** The shopper's basket as pages show it, with prices and totals from checkout's own data. */
import type { Db } from '../db';
import type { Prisma } from '../db';

const lineSelect = {
  sku: true,
  quantity: true,
  variant: { select: { productId: true, name: true, price: true, color: true, inventory: true } },
} satisfies Prisma.CartLineSelect;

export interface CartLineView {
  sku: string;
  quantity: number;
  productId: string;
  name: string;
  price: number;
  color: string;
  total: number;
  /** How many are in stock: a line can hold at most that many. */
  inventory: number;
  /** False when fewer are left in stock than the line holds (someone else bought them meanwhile). */
  available: boolean;
}

export interface CartView {
  lines: CartLineView[];
  quantity: number;
  total: number;
}

export async function readCart(db: Db, cartId: string | null): Promise<CartView> {
  const rows = cartId ? await db.cartLine.findMany({ where: { cartId }, select: lineSelect, orderBy: { addedAt: 'asc' } }) : [];
  const lines = rows.map(({ sku, quantity, variant: { inventory, ...variant } }) => ({
    sku,
    quantity,
    ...variant,
    total: variant.price * quantity,
    inventory,
    available: inventory >= quantity,
  }));
  return {
    lines,
    quantity: lines.reduce((sum, line) => sum + line.quantity, 0),
    total: lines.reduce((sum, line) => sum + line.total, 0),
  };
}

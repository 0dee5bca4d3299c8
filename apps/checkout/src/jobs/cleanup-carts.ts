/**
 * The basket clean-up job: deletes baskets idle for 30 days. On AWS a scheduled function in
 * checkout's stack runs `handler` once a day; locally `npx nx run checkout:cleanup-carts` runs it
 * against CHECKOUT_DATABASE_URL.
 */
import { db } from '../server/db';
import { cartIdleDays, deleteIdleCarts } from '../server/domain/delete-idle-carts';

export async function cleanupCarts(): Promise<{ deleted: number; idleDays: number }> {
  const deleted = await deleteIdleCarts(db());
  return { deleted, idleDays: cartIdleDays };
}

/** The scheduled function's entry point; its result lands in the function's log. */
export async function handler(): Promise<{ deleted: number; idleDays: number }> {
  const result = await cleanupCarts();
  console.log(JSON.stringify({ level: 'info', message: 'deleted idle baskets', context: 'checkout', ...result }));
  return result;
}

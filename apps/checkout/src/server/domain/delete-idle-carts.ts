/**
 * Deletes baskets nobody has touched for `idleDays` (their lines go with them). A basket that
 * became an order goes too: the order keeps its own copy of the lines, and only forgets which
 * basket it came from. Deletes in batches, so a large backlog never holds many locks at once.
 */
import type { Db } from '../db';

export const cartIdleDays = 30;

export async function deleteIdleCarts(db: Db, { now = new Date(), idleDays = cartIdleDays, batch = 1000 } = {}): Promise<number> {
  const cutoff = new Date(now.getTime() - idleDays * 24 * 60 * 60 * 1000);
  let deleted = 0;
  for (;;) {
    const count = await db.$executeRaw`
      DELETE FROM "Cart" WHERE "id" IN (SELECT "id" FROM "Cart" WHERE "updatedAt" < ${cutoff} LIMIT ${batch}::int)`;
    deleted += count;
    if (count < batch) return deleted;
  }
}

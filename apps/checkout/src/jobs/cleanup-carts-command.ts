/** `npx nx run checkout:cleanup-carts`: the clean-up job, once, against CHECKOUT_DATABASE_URL. */
import { db } from '../server/db';
import { cleanupCarts } from './cleanup-carts';

try {
  const { deleted, idleDays } = await cleanupCarts();
  console.log(`deleted ${deleted} basket${deleted === 1 ? '' : 's'} idle for more than ${idleDays} days`);
} finally {
  await db().$disconnect();
}

/**
 * The key that signs checkout's cookies.
 *
 * `CHECKOUT_COOKIE_SECRET` wins when it is set (a deployment that manages its secrets, or rotates
 * them). Without it, checkout generates a random key once and keeps it in its own database, the way
 * some long-lived open-source servers keep their session secret in their settings table. This is
 * deliberate: `npm start` runs production builds on a fresh clone with no configuration, every
 * server instance on the same database must agree on the key (Lambda runs many), and a fixed
 * fallback key in the source would let anyone forge a cart cookie. Whoever can read that table can
 * read the carts themselves, so keeping the key there gives nothing away.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db';
import { env } from '../../env';

const name = 'cookie-signing-key';

// Per client, not global: tests run several databases in one process. The key never changes once
// written, so caching it for the life of the process is safe.
const cache = new WeakMap<Db, Promise<string>>();

export function cookieSecret(db: Db, configured = env.CHECKOUT_COOKIE_SECRET): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let secret = cache.get(db);
  if (!secret) {
    secret = storedSecret(db);
    // A failed read (database down) must not be remembered: the next request tries again.
    secret.catch(() => cache.delete(db));
    cache.set(db, secret);
  }
  return secret;
}

async function storedSecret(db: Db): Promise<string> {
  // Two servers starting at once both try to insert; the first one wins and both read its key.
  await db.$executeRaw`INSERT INTO "Secret" ("name", "value") VALUES (${name}, ${randomBytes(32).toString('base64url')}) ON CONFLICT ("name") DO NOTHING`;
  const row = await db.secret.findUniqueOrThrow({ where: { name }, select: { value: true } });
  return row.value;
}

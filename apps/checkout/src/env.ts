/**
 * Checkout's environment, parsed once (`CHECKOUT_DATABASE_URL`, `CHECKOUT_DATABASE_POOL_MAX`,
 * `NODE_ENV`, and the cookie key below). `next.config.ts` imports this module, so a malformed
 * value fails the build.
 */
import { sliceEnv } from '@tractor/slice/env';
import { z } from 'zod';

export const env = sliceEnv('checkout', {
  /**
   * Key for signing checkout's cookies (at least 32 characters). When it is not set, checkout uses a
   * random key kept in its own database (see `src/server/http/cookie-secret.ts`).
   */
  CHECKOUT_COOKIE_SECRET: z.string().min(32).optional(),
});

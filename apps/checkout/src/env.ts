/**
 * Checkout's environment, parsed once. `next.config.ts` imports this module, so a malformed value
 * fails the build; a missing database URL is only an error when the database is first used.
 */
import { z } from 'zod';

const schema = z.object({
  CHECKOUT_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  CHECKOUT_DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(50).default(5),
  /**
   * Key for signing checkout's cookies (at least 32 characters). When it is not set, checkout uses a
   * random key kept in its own database (see `src/server/cookie-secret.ts`).
   */
  CHECKOUT_COOKIE_SECRET: z.string().min(32).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`checkout: invalid environment\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;

/**
 * Explore's environment, parsed once. `next.config.ts` imports this module, so a malformed value
 * fails the build; a missing database URL is only an error when the database is first used.
 */
import { z } from 'zod';

const schema = z.object({
  EXPLORE_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  EXPLORE_DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(50).default(5),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`explore: invalid environment\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;

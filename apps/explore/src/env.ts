/**
 * Explore's environment, parsed once (`EXPLORE_DATABASE_URL`, `EXPLORE_DATABASE_POOL_MAX`, `NODE_ENV`).
 * `next.config.ts` imports this module, so a malformed value fails the build.
 */
import { sliceEnv } from '@tractor/slice/env';

export const env = sliceEnv('explore');

/**
 * Decide's environment, parsed once (`DECIDE_DATABASE_URL`, `DECIDE_DATABASE_POOL_MAX`, `NODE_ENV`).
 * `next.config.ts` imports this module, so a malformed value fails the build.
 */
import { sliceEnv } from '@tractor/slice/env';

export const env = sliceEnv('decide');

/**
 * The OpenNext configuration every context's Lambda build shares (`open-next build --config-path`).
 * The apps have no `build` script (Nx infers their builds from `next.config.ts`), so OpenNext is
 * told to run `next build` itself, with its standalone output traced from the workspace root.
 */
import type { OpenNextConfig } from '@opennextjs/aws/types/open-next.js';

const config = {
  default: {},
  buildCommand: 'npx --no-install next build',
} satisfies OpenNextConfig;

export default config;

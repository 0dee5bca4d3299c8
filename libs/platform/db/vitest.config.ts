import { defineConfig } from 'vitest/config';

// PGlite needs a few seconds to initialise a data directory; migrations hit real servers.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

/** The plan test runs apart from the unit tests: it needs `sst install` and the apps' Lambda builds. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { root: import.meta.dirname, include: ['src/**/*.plan.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 240_000 },
});

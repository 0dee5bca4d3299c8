import { defineConfig } from 'vitest/config';

/** The checks that read the browser suites' reports; run by the `journeys` target, after the suites. */
export default defineConfig({
  test: { include: ['journeys.test.ts'], environment: 'node' },
});

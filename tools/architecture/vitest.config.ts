import { defineConfig } from 'vitest/config';

export default defineConfig({
  // journeys.test.ts reads the browser suites' reports: it runs after them (vitest.journeys.config.ts).
  test: { include: ['*.test.ts'], exclude: ['journeys.test.ts', '**/node_modules/**'], environment: 'node', testTimeout: 120_000 },
});

import { defineConfig } from 'vitest/config';

// The generator's proof builds and starts a shop: its own target, `nx e2e nx-plugins`, part of `npm test`.
export default defineConfig({
  root: import.meta.dirname,
  test: { include: ['src/**/*.proof.test.ts'], environment: 'node', testTimeout: 900_000, hookTimeout: 300_000 },
});

/**
 * The Vitest setup every slice shares: tests beside the code (and the app's config tests), the
 * `@/` alias from the app's tsconfig, server modules importable, and timeouts that leave room to
 * create, migrate and seed a throwaway database per test file (see `createTestSlice`).
 *
 * Plain JavaScript: Nx and Vitest load configs with Node, which runs no TypeScript from packages.
 */
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** @returns {import('vitest/config').UserConfig} */
export function sliceVitestConfig() {
  return defineConfig({
    resolve: {
      tsconfigPaths: true,
      alias: { 'server-only': join(import.meta.dirname, 'server-only-for-tests.ts') },
    },
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'prisma/**/*.test.ts', '*.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  });
}

import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // The generator's proof is its own, slow target (vitest.proof.config.mts).
  test: { include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, 'src/**/*.proof.test.ts'], environment: 'node' },
});

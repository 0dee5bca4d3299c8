import { sliceVitestConfig } from './src/testing/vitest-preset.mjs';

export default sliceVitestConfig();

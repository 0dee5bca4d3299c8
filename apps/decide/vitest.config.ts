import { sliceVitestConfig } from '@tractor/slice/vitest';

export default sliceVitestConfig();

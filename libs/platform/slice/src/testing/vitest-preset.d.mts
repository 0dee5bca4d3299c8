import type { UserConfig } from 'vitest/config';

export declare function sliceVitestConfig(): UserConfig;

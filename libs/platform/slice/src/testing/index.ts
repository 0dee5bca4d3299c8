/** Test code of a slice: a BFF on a throwaway database. The Vitest preset is `@tractor/slice/vitest`. */
export { createTestSlice, type TestSliceOptions } from './create-test-slice';

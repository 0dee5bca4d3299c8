import { includeFragment, type IncludeOptions, type IncludeResult } from './include-fragment';

/**
 * Includes several fragments at once, each with its own timeout, so a page waits for the slowest
 * rather than the sum. Results come back in the order asked, typed per position for destructuring.
 */
export function includeFragments<const T extends readonly IncludeOptions[]>(list: T): Promise<{ -readonly [K in keyof T]: IncludeResult }> {
  // Promise.all keeps positions; TypeScript cannot map an array's element type onto a tuple by itself.
  return Promise.all(list.map(includeFragment)) as Promise<{ -readonly [K in keyof T]: IncludeResult }>;
}

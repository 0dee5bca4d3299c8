/**
 * Inputs a hostile or broken client might send, for property tests of every entry point: arbitrary
 * and unicode strings, numbers of every kind, nested JSON, huge values, and near-misses of the
 * shop's real values (so validation is exercised, not only the first type check).
 */
import fc from 'fast-check';

const nearMisses = fc.constantFrom(
  '',
  ' ',
  'CL-01-GR',
  'CL-01',
  'cl-01-gr',
  'CL-01-GR ',
  'ZZ-99-ZZ',
  'classic',
  'Classic',
  'store-a',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "'; DROP TABLE \"Cart\"; --",
  '%00',
  '\u0000',
  '\uFFFF\uD800',
  '🚜'.repeat(50),
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: nearMisses },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(100_000)) },
);

const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2));

/** Any JSON value, nested, with the strings and numbers above at the leaves. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** An object with the expected keys holding hostile values (some missing), or any JSON at all. */
export function hostileInput(keys: readonly string[]): fc.Arbitrary<unknown> {
  if (keys.length === 0) return hostileJson;
  const shaped = fc.record(Object.fromEntries(keys.map((key) => [key, hostileJson])), { requiredKeys: [] });
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: hostileJson });
}

/** A query string or form: the expected fields with hostile strings, plus any others. */
export function hostileFields(keys: readonly string[]): fc.Arbitrary<Record<string, string>> {
  const shaped = fc.record(Object.fromEntries(keys.map((key) => [key, hostileString])), { requiredKeys: [] });
  return fc
    .tuple(shaped, fc.dictionary(hostileString, hostileString, { maxKeys: 3 }))
    .map(([known, extra]) => Object.fromEntries(Object.entries({ ...extra, ...known }).filter((field): field is [string, string] => field[1] !== undefined)));
}

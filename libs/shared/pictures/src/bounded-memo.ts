/**
 * Remembers a pure function's results for the last `limit` keys, so a page that draws the same
 * picture for every shopper draws it once. The oldest key goes first when the limit is reached.
 */
export function boundedMemo<A, R>(fn: (arg: A) => R, key: (arg: A) => string, limit: number): ((arg: A) => R) & { readonly size: () => number } {
  const results = new Map<string, R>();
  const memo = (arg: A): R => {
    const k = key(arg);
    const known = results.get(k);
    if (known !== undefined || results.has(k)) return known as R;
    const result = fn(arg);
    if (results.size >= limit) results.delete(results.keys().next().value as string);
    results.set(k, result);
    return result;
  };
  return Object.assign(memo, { size: () => results.size });
}

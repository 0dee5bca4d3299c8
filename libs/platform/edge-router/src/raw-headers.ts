/**
 * Headers as node's `rawHeaders`: a flat `[name, value, name, value]` list. Working on the raw
 * list keeps repeated headers (two `Set-Cookie`, two `Cookie`) as separate lines, which a
 * merged header object would fold together.
 */
export type RawHeaders = string[];

/** Connection-scoped headers (RFC 9110 §7.6.1); they describe one hop and never travel on. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Every value of `name`, in order. */
export function headerValues(raw: readonly string[], name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [key, value] = [raw[i], raw[i + 1]];
    if (key?.toLowerCase() === wanted && value !== undefined) values.push(value);
  }
  return values;
}

/** The list without any header whose lower-cased name is in `names`. */
export function withoutHeaders(raw: readonly string[], names: ReadonlySet<string>): RawHeaders {
  const kept: RawHeaders = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [key, value] = [raw[i], raw[i + 1]];
    if (key !== undefined && value !== undefined && !names.has(key.toLowerCase())) kept.push(key, value);
  }
  return kept;
}

/** Drops hop-by-hop headers, including any the sender listed in its own `Connection` header. */
export function withoutHopByHop(raw: readonly string[]): RawHeaders {
  const listed = headerValues(raw, 'connection')
    .flatMap((value) => value.split(','))
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  return withoutHeaders(raw, new Set([...HOP_BY_HOP, ...listed]));
}

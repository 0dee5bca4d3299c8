/**
 * Where a fragment is fetched from: its origin-relative URL (path from the route manifest plus
 * query), which the server include, the fallback element and the browser loader all use, and the
 * origin servers fetch it from.
 */
import { edge, fragmentPath, type ContextName } from '@tractor/contracts';

export type FragmentQuery = Readonly<Record<string, string | undefined>>;

/**
 * Origin-relative URL of a fragment, path from the route manifest plus query (undefined values
 * skipped). The same string serves the server include and the browser loader's retry.
 */
export function fragmentSrc(context: ContextName, name: string, query: FragmentQuery = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, value);
  }
  const search = params.toString();
  const path = fragmentPath(context, name);
  return search ? `${path}?${search}` : path;
}

/** FRAGMENTS_ORIGIN is set but is not an http(s) URL. */
export class FragmentsOriginError extends Error {
  override readonly name = 'FragmentsOriginError';
}

/**
 * Where servers fetch fragments: FRAGMENTS_ORIGIN when deployed (the shared origin in front of all
 * contexts), otherwise the local edge router. Read per call rather than at import, so a server
 * picks up its environment however late it is set.
 */
export function fragmentsOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env['FRAGMENTS_ORIGIN'];
  if (!configured) return `http://127.0.0.1:${edge.port}`;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new FragmentsOriginError(`FRAGMENTS_ORIGIN is not a URL: ${configured}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FragmentsOriginError(`FRAGMENTS_ORIGIN must be http or https: ${configured}`);
  }
  return url.origin;
}

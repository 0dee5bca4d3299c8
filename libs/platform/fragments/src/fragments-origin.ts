import { edge } from '@tractor/contracts';

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

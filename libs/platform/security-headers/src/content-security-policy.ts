import { cspSources } from './policy';

export interface CspOptions {
  /** This response's nonce: every inline script the page renders carries it. */
  readonly nonce?: string;
  /** `sha256-…` sources for inline scripts whose exact text is known ahead (see `scriptHash`). */
  readonly scriptHashes?: readonly string[];
  /** `next dev` evaluates code for its error overlay and fast refresh. Never set in production. */
  readonly development?: boolean;
  /** Production is HTTPS only: any `http:` subresource is upgraded rather than loaded in clear. */
  readonly production?: boolean;
}

/** The shop's `Content-Security-Policy` value. Without a nonce it allows no inline script at all. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const script = [...cspSources['script-src'], ...(options.scriptHashes ?? []).map((hash) => `'${hash}'`)];
  if (options.nonce !== undefined) script.push(`'nonce-${options.nonce}'`);
  if (options.development) script.push("'unsafe-eval'");
  const directives: string[] = Object.entries({ ...cspSources, 'script-src': script }).map(
    ([name, sources]) => `${name} ${sources.join(' ')}`,
  );
  if (options.production) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

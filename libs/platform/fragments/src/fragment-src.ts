import { fragmentPath, type ContextName } from '@tractor/contracts';

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

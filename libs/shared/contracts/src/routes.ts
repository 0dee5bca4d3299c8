/**
 * The route manifest: the single source of truth for where each bounded context lives.
 * basePaths, the local edge router, the SST router and the cross-context link helper are all
 * derived from this table; nothing else spells a mount path.
 */
export interface ContextRoute {
  /** Team and context name; prefixes everything the context exposes. */
  readonly name: string;
  /** Path prefix on the shared origin. Exactly one context is mounted at `/`. */
  readonly mount: string;
  /** Local port of the context's Next.js server. */
  readonly port: number;
  /** Local port of the context's embedded database (used when no database URL is set). */
  readonly databasePort: number;
  /** App directory, relative to the repository root. */
  readonly directory: string;
  /** Outline colour in the boundary overlay and the team's accent. */
  readonly color: string;
  /**
   * Pages inside the mount that a browser must never fetch or render ahead of a click (they show a
   * one-time result). Every other page of the context may be prerendered.
   */
  readonly unspeculated?: readonly string[];
}

export const contexts = {
  explore: { name: 'explore', mount: '/', port: 3001, databasePort: 5501, directory: 'apps/explore', color: '#ff5a54' },
  decide: { name: 'decide', mount: '/product', port: 3002, databasePort: 5502, directory: 'apps/decide', color: '#53ff90' },
  checkout: { name: 'checkout', mount: '/checkout', port: 3003, databasePort: 5503, directory: 'apps/checkout', color: '#ffde54', unspeculated: ['/thanks'] },
} as const satisfies Record<string, ContextRoute>;

export type ContextName = keyof typeof contexts;

export const contextNames = Object.keys(contexts) as ContextName[];

/** The local edge router that puts all contexts on one origin. */
export const edge = { port: 3000 } as const;

/** Next.js `basePath` for a context: its mount, or empty for the root context. */
export function basePath(name: ContextName): string {
  const { mount } = contexts[name];
  return mount === '/' ? '' : mount;
}

/**
 * The context's own URL namespace for its API and fragments. The root context has no mount of its
 * own, so it claims `/<name>`.
 */
export function namespace(name: ContextName): string {
  return basePath(name) || `/${name}`;
}

/** Path of the context's tRPC endpoint as the browser sees it. */
export function trpcPath(name: ContextName): string {
  return `${namespace(name)}/api/trpc`;
}

/** Path of one of the context's HTML fragments as the browser sees it. */
export function fragmentPath(name: ContextName, fragment: string): string {
  return `${namespace(name)}/fragments/${fragment}`;
}

/**
 * Where a context's element assets are served: inside its mount, or for the root context beside its
 * namespace, never inside it. On AWS each top-level folder of an app's public files is routed to its
 * assets bucket as a whole, so a `public/explore/` folder would take `/explore/api` and
 * `/explore/fragments` away from the server.
 */
export function elementsBase(name: ContextName): string {
  const base = basePath(name);
  return base ? `${base}/elements` : `/${name}-elements`;
}

/** Path of one of the context's element assets (`mini-cart.js`, `header.css`), bundled from its `src/elements/`. */
export function elementPath(name: ContextName, file: string, version?: string): string {
  return `${elementsBase(name)}/${file}${version ? `?v=${encodeURIComponent(version)}` : ''}`;
}

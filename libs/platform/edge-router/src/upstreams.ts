import { contextNames, contexts, type ContextName } from '@tractor/contracts';

/** Where one context's server answers, e.g. `http://127.0.0.1:3001`. */
export interface Upstream {
  readonly origin: string;
}

export type Upstreams = Record<ContextName, Upstream>;

/** Every context on its manifest port. 127.0.0.1 rather than localhost so IPv6 resolution never picks a port nobody listens on. */
export function defaultUpstreams(host = '127.0.0.1'): Upstreams {
  const table: Partial<Upstreams> = {};
  for (const name of contextNames) table[name] = { origin: `http://${host}:${contexts[name].port}` };
  return table as Upstreams;
}

/** A parsed upstream, ready for `http.request` and `net.connect`. */
export interface UpstreamTarget {
  readonly hostname: string;
  readonly port: number;
}

/** Parses the table once, so a typo fails at start-up instead of on the first request. */
export function resolveUpstreams(table: Upstreams): Record<ContextName, UpstreamTarget> {
  const resolved: Partial<Record<ContextName, UpstreamTarget>> = {};
  for (const name of contextNames) {
    const url = new URL(table[name].origin);
    if (url.protocol !== 'http:') throw new Error(`upstream for ${name} must be http://, got ${table[name].origin}`);
    // URL keeps IPv6 literals bracketed; sockets want them bare.
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    resolved[name] = { hostname, port: url.port ? Number(url.port) : 80 };
  }
  return resolved as Record<ContextName, UpstreamTarget>;
}

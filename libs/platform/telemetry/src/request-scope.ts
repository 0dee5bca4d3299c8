import type { ServerTiming } from './server-timing';

/**
 * What one incoming request carries through its async work: its ids for log lines and the
 * Server-Timing entries its includes record.
 *
 * It travels in an AsyncLocalStorage of its own, not in the OpenTelemetry context: Next.js may
 * render a page in a context it extracts from the request headers onto the empty root context
 * (when a Next proxy ran, to continue its trace), which drops every other value the context
 * held. The store is made by the server entry (`request-scope-store.ts`, Node only) and found
 * through a global, because every bundle of an app (instrumentation, pages, route handlers) holds
 * its own copy of this module.
 */
export interface RequestScope {
  readonly context: string;
  readonly requestId: string;
  /** From the incoming `traceparent`, so log lines carry the trace id even when tracing is off. */
  readonly traceId?: string;
  readonly timings: ServerTiming[];
}

export interface RequestScopeStore {
  getStore(): RequestScope | undefined;
  run<T>(scope: RequestScope, run: () => T): T;
}

export const requestScopeStoreKey = Symbol.for('tractor.request-scope');

type WithScopeStore = typeof globalThis & { [requestScopeStoreKey]?: RequestScopeStore };

export function requestScopeStore(): RequestScopeStore | undefined {
  return (globalThis as WithScopeStore)[requestScopeStoreKey];
}

/** The scope of the request this code runs for; outside a request (or outside a server) none. */
export function currentRequestScope(): RequestScope | undefined {
  return requestScopeStore()?.getStore();
}

import { createLogger, currentRequestScope, requestIdFrom, type Logger } from '@tractor/bff';

/** What every context's tRPC context carries, whatever else it adds (its database, its cookies). */
export interface SliceContext {
  /** The edge's `x-request-id`, or a new one: errors and log lines name it. */
  readonly requestId: string;
  readonly log: Logger;
}

/**
 * The request id and a logger bound to it, for one request to a context. Without headers: the id
 * of the request the code runs for (a read shared by every shopper, run for the page that missed
 * the cache), else (tests, scripts) a fresh one.
 */
export function requestScope(context: string, headers?: Headers): SliceContext {
  const requestId = headers ? requestIdFrom(headers) : (currentRequestScope()?.requestId ?? requestIdFrom(new Headers()));
  return { requestId, log: createLogger({ context, requestId }) };
}

/**
 * The context of a slice whose procedures need only their database: the pure part for tests, and
 * the adapter for requests (route handlers, server components).
 *
 *   export const { createContextInner, createContext } = databaseContext('decide', db);
 */
export function databaseContext<Db>(context: string, db: () => Db) {
  return {
    createContextInner: (opts: { db: Db } & Partial<SliceContext>): SliceContext & { db: Db } => ({ ...requestScope(context), ...opts }),
    createContext: (headers: Headers): SliceContext & { db: Db } => ({ db: db(), ...requestScope(context, headers) }),
  };
}

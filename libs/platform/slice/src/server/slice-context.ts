import { createLogger, requestIdFrom, type Logger } from '@tractor/bff';

/** What every context's tRPC context carries, whatever else it adds (its database, its cookies). */
export interface SliceContext {
  /** The edge's `x-request-id`, or a new one: errors and log lines name it. */
  readonly requestId: string;
  readonly log: Logger;
}

/**
 * The request id and a logger bound to it, for one request to a context; without headers (tests,
 * scripts) a fresh id.
 */
export function requestScope(context: string, headers: Headers = new Headers()): SliceContext {
  const requestId = requestIdFrom(headers);
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

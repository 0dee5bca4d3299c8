import { createLogger, requestIdFrom, type Logger } from '@tractor/bff';
import { db, type Db } from '../db/client';

export interface Context {
  db: Db;
  log: Logger;
}

/** The pure part of the context; tests build it with their own database. */
export function createContextInner(opts: { db: Db; log?: Logger }): Context {
  return { db: opts.db, log: opts.log ?? createLogger({ context: 'decide' }) };
}

/** Adapts an incoming request (route handler or server component headers). */
export function createContext(headers: Headers): Context {
  return createContextInner({ db: db(), log: createLogger({ context: 'decide', requestId: requestIdFrom(headers) }) });
}

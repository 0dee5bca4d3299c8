import { AsyncLocalStorage } from 'node:async_hooks';
import { requestScopeStore, requestScopeStoreKey, type RequestScope, type RequestScopeStore } from './request-scope';

/** The process's one request scope store, made on first use and shared by every bundle through a global. */
function store(): RequestScopeStore {
  const existing = requestScopeStore();
  if (existing) return existing;
  const made = new AsyncLocalStorage<RequestScope>();
  Object.assign(globalThis, { [requestScopeStoreKey]: made });
  return made;
}

/** Runs `run` (and all async work it starts) as part of the request `scope` describes. */
export function withRequestScope<T>(scope: RequestScope, run: () => T): T {
  return store().run(scope, run);
}

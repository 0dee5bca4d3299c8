import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';

type ContextFrom<Context> = (headers: Headers) => Context | Promise<Context>;

/** The BFF as server components call it: in-process, one context per request. */
export function serverCaller<Context, Caller>(createContext: ContextFrom<Context>, createCaller: (ctx: Context) => Caller) {
  return cache(async () => createCaller(await createContext(await headers())));
}

/** The BFF as route handlers call it: in-process, with the request's id for the logs. */
export function requestCaller<Context, Caller>(createContext: ContextFrom<Context>, createCaller: (ctx: Context) => Caller) {
  return async (req: Request) => createCaller(await createContext(req.headers));
}

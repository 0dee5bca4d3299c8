import { requestCaller, serverCaller } from '@tractor/slice/server';
import { createContext } from './context';
import { createCaller } from './root';

/** The BFF in-process: `api()` in server components, `callerFor(req)` in route handlers. */
export const api = serverCaller(createContext, createCaller);
export const callerFor = requestCaller(createContext, createCaller);

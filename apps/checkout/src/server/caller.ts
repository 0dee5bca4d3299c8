import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { createContext } from './context';
import { createCaller } from './root';

/** The BFF as server components call it: in-process, one context per request. */
export const api = cache(async () => createCaller(await createContext(await headers())));

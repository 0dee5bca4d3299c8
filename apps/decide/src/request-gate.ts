/** Before Next.js sees a request: the branded 503 while decide's database is down, else a CSP nonce for pages (see `createRequestGate`). */
import { databaseUrl } from '@tractor/runtime-config';
import { createRequestGate, installRequestGate } from '@tractor/slice/request-gate';
import { env } from './env';

export const gate = createRequestGate({ context: 'decide', databaseUrl: () => databaseUrl('decide', env.databaseUrl), development: process.env.NODE_ENV === 'development' });

/** Puts the gate in front of this Node server's requests (not on Lambda: the server function's wrapper does it there). */
export const installGate = () => installRequestGate(gate);

/** Before every request: the branded 503 while decide's database is down, else a CSP nonce for pages (see `contextProxy`). */
import { databaseUrl } from '@tractor/runtime-config';
import { contextProxy } from '@tractor/slice/proxy';
import { env } from './env';

export const proxy = contextProxy({ context: 'decide', databaseUrl: () => databaseUrl('decide', env.databaseUrl) });

// Static files never need the database. "/" is listed on its own: under a basePath the root is not matched otherwise.
export const config = { matcher: ['/', '/((?!_next/static|_next/image|elements/|decide-elements/|favicon).*)'] };

/** Before every request: a fast, branded 503 while decide's database is down (see `databaseDownProxy`). */
import { databaseDownProxy } from '@tractor/bff';
import { databaseUrl } from '@tractor/runtime-config';
import { env } from './env';

export const proxy = databaseDownProxy({ context: 'decide', url: () => databaseUrl('decide', env.databaseUrl) });

// Static files never need the database. "/" is listed on its own: under a basePath the root is not matched otherwise.
export const config = { matcher: ['/', '/((?!_next/static|_next/image|elements/|decide-elements/|favicon).*)'] };

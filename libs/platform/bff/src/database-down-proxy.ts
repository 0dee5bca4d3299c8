import type { ContextName } from '@tractor/contracts';
import { databaseUnavailable } from './database-gate';
import { probeDatabase } from './probe-database';
import { unavailableResponse } from './unavailable-response';

/**
 * A context's Next.js `proxy`: while its database is known to be down, every request (pages,
 * fragments, the BFF, form posts) gets the branded 503 at once, without touching the database;
 * otherwise it returns nothing and the request goes on to its route. Costs nothing while the
 * database is up: it only probes after something reported the database down.
 */
export function databaseDownProxy({ context, url }: { context: ContextName; url: () => string | undefined }) {
  return async (request: Request): Promise<Response | undefined> => {
    const at = url();
    if (at && (await databaseUnavailable(() => probeDatabase(at)))) return unavailableResponse(request, { context });
    return undefined;
  };
}

import { reportDatabaseUnavailable } from './database-gate';
import { isDatabaseUnavailable } from './database-unavailable';
import { unavailableResponse, type UnavailableOptions } from './unavailable-response';

/**
 * Wraps a route handler (a fragment, a form post): when its database cannot be reached, it answers
 * the branded 503 with `Retry-After` instead of a 500, and tells the database gate.
 */
export function unavailableWhenDatabaseDown<Rest extends unknown[]>(
  options: UnavailableOptions,
  handler: (req: Request, ...rest: Rest) => Promise<Response>,
): (req: Request, ...rest: Rest) => Promise<Response> {
  return async (req, ...rest) => {
    try {
      return await handler(req, ...rest);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      reportDatabaseUnavailable();
      return unavailableResponse(req, options);
    }
  };
}

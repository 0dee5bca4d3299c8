/**
 * The tRPC route handler of a context, at the manifest's API path. Batches larger than
 * `maxBatchSize` are refused with a 400; an unexpected failure is logged with its detail and the
 * request id, while the client gets only a generic message naming that id. While the database is
 * down, procedures answer 503 with `Retry-After`.
 */
import { retryAfterOnUnavailable } from '@tractor/bff';
import { trpcPath, basePath, type ContextName } from '@tractor/contracts';
import type { AnyTRPCRouter } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { maxBatchSize } from '../batch-limit';
import { requestScope, type SliceContext } from './slice-context';

export interface TrpcRouteOptions<Context extends SliceContext> {
  context: ContextName;
  router: AnyTRPCRouter;
  /** Builds the procedures' context; `resHeaders` takes what procedures set (cookies). */
  createContext: (req: Request, resHeaders: Headers) => Context | Promise<Context>;
  /** Answers a request before tRPC sees it (a refusal), or lets it through with undefined. */
  guard?: (req: Request) => Response | undefined;
}

/** The endpoint as the handler sees it: Next strips the basePath from route handler URLs. */
export function trpcEndpoint(context: ContextName): string {
  return trpcPath(context).slice(basePath(context).length);
}

export function trpcRouteHandler<Context extends SliceContext>(options: TrpcRouteOptions<Context>) {
  const endpoint = trpcEndpoint(options.context);
  return (req: Request): Promise<Response> | Response => {
    const refused = options.guard?.(req);
    if (refused) return refused;
    let ctx: Context | undefined;
    return fetchRequestHandler({
      endpoint,
      req,
      router: options.router,
      maxBatchSize,
      // A 503 (database down) tells the client when to try again.
      responseMeta: retryAfterOnUnavailable,
      createContext: async ({ resHeaders }) => (ctx = await options.createContext(req, resHeaders)),
      onError: ({ error, path }) => {
        if (error.code !== 'INTERNAL_SERVER_ERROR') return;
        const detail = error.cause ?? error;
        const fields = { path, error: detail.message, stack: detail.stack };
        (ctx ?? requestScope(options.context, req.headers)).log.error('bff procedure failed', fields);
      },
    });
  };
}

/**
 * A context's tRPC setup, the same in every slice: the one error formatter (flattened zod issues,
 * a generic message for anything unexpected), a span and a log line per procedure, and domain
 * errors mapped to tRPC codes in one middleware. An app's `server/trpc.ts` is one line:
 *
 *   export const { router, publicProcedure, createCallerFactory } = initSlice<Context>();
 */
import { formatError, toTrpcError, traceProcedure } from '@tractor/bff';
import { initTRPC } from '@trpc/server';
import type { SliceContext } from './slice-context';

export function initSlice<Context extends SliceContext>() {
  const t = initTRPC.context<Context>().create({ errorFormatter: ({ shape, error, ctx }) => formatError({ shape, error, ctx }) });
  return {
    router: t.router,
    // Outermost: every procedure is one span and one log line, with the code it ended with.
    publicProcedure: t.procedure
      .use((opts) => traceProcedure(opts))
      .use(async ({ next }) => {
        const result = await next();
        if (!result.ok) throw toTrpcError(result.error);
        return result;
      }),
    createCallerFactory: t.createCallerFactory,
  };
}

/**
 * Decide's tRPC setup. Exports only the approved building blocks; every procedure maps domain
 * errors to tRPC codes through the same middleware.
 */
import { formatError, toTrpcError } from '@tractor/bff';
import { initTRPC } from '@trpc/server';
import type { Context } from './context';

const t = initTRPC.context<Context>().create({ errorFormatter: formatError });

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTrpcError(result.error);
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(mapDomainErrors);
export const createCallerFactory = t.createCallerFactory;

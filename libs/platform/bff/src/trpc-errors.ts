import { TRPCError, type TRPCDefaultErrorShape } from '@trpc/server';
import { z } from 'zod';
import { reportDatabaseUnavailable, retryAfterSeconds } from './database-gate';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-error';

/**
 * The tRPC error for a failed procedure: a DomainError gets its own code, an unreachable database
 * SERVICE_UNAVAILABLE (503, reported to the database gate), anything else stays as it is.
 */
export function toTrpcError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (cause instanceof DomainError) return new TRPCError({ code: cause.code, message: cause.message, cause });
  if (isDatabaseUnavailable(cause)) {
    reportDatabaseUnavailable();
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'We are catching our breath: nothing was changed. Please try again in a few seconds.', cause });
  }
  return error;
}

/** tRPC's `responseMeta`: a 503 tells the client when to try again. */
export function retryAfterOnUnavailable({ errors }: { errors: readonly TRPCError[] }): { headers?: Record<string, string> } {
  return errors.some((error) => error.code === 'SERVICE_UNAVAILABLE') ? { headers: { 'retry-after': String(retryAfterSeconds) } } : {};
}

/** What a client reads when something failed that nobody expected: no detail, only where to look. */
export function unexpectedErrorMessage(requestId: string | undefined): string {
  return requestId ? `Something went wrong on our side (request ${requestId}).` : 'Something went wrong on our side.';
}

/**
 * The one error shape of every BFF. Validation errors carry their zod issues, flattened, so
 * clients can show them field by field. An unexpected error's message and stack stay in the log:
 * the client gets a generic message and the request id to quote.
 */
export function formatError({ shape, error, ctx }: { shape: TRPCDefaultErrorShape; error: TRPCError; ctx?: { requestId?: string } | undefined }) {
  const cause = error.cause;
  const unexpected = error.code === 'INTERNAL_SERVER_ERROR';
  return {
    ...shape,
    message: unexpected ? unexpectedErrorMessage(ctx?.requestId) : shape.message,
    data: {
      ...shape.data,
      stack: undefined,
      requestId: ctx?.requestId ?? null,
      zodError: error.code === 'BAD_REQUEST' && cause instanceof z.ZodError ? z.flattenError(cause) : null,
    },
  };
}

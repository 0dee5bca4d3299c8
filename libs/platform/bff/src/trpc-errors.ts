import { TRPCError, type TRPCDefaultErrorShape } from '@trpc/server';
import { z } from 'zod';
import { DomainError } from './domain-error';

/** The tRPC error for a failed procedure: a DomainError gets its own code, anything else stays as it is. */
export function toTrpcError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (cause instanceof DomainError) return new TRPCError({ code: cause.code, message: cause.message, cause });
  return error;
}

/** Adds flattened zod issues to validation errors, so clients can show them field by field. */
export function formatError({ shape, error }: { shape: TRPCDefaultErrorShape; error: TRPCError }) {
  const cause = error.cause;
  return {
    ...shape,
    data: {
      ...shape.data,
      stack: undefined,
      zodError: cause instanceof z.ZodError ? z.flattenError(cause) : null,
    },
  };
}

import { TRPCError } from '@trpc/server';

/**
 * True when the BFF says a route parameter names nothing: unknown (NOT_FOUND) or malformed
 * (BAD_REQUEST from its input validation, e.g. `/products/Classic`). Pages and routes turn it into
 * their 404; a malformed address is a page that does not exist, never a server error.
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST');
}

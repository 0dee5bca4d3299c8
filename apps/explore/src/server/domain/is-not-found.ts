import { TRPCError } from '@trpc/server';

/** True for the BFF's NOT_FOUND, which pages turn into their 404. */
export function isNotFound(error: unknown): boolean {
  return error instanceof TRPCError && error.code === 'NOT_FOUND';
}

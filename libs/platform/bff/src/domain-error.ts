/**
 * Errors a domain raises on purpose. Routers throw these; `mapDomainErrors` turns them into tRPC
 * codes in one place, so no procedure builds a TRPCError by hand and nothing expected becomes a 500.
 */
export type DomainErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT' | 'FORBIDDEN' | 'PRECONDITION_FAILED';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
export const badRequest = (message: string) => new DomainError('BAD_REQUEST', message);
export const conflict = (message: string) => new DomainError('CONFLICT', message);

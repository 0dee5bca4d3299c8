import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError, notFound } from './domain-error';
import { formatError, toTrpcError } from './trpc-errors';

describe('toTrpcError', () => {
  it('maps a domain error to the tRPC code of the same name', () => {
    const thrown = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: notFound('no product CL-99') });
    const mapped = toTrpcError(thrown);
    expect(mapped.code).toBe('NOT_FOUND');
    expect(mapped.message).toBe('no product CL-99');
  });

  it('leaves other errors alone', () => {
    const plain = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('boom') });
    expect(toTrpcError(plain)).toBe(plain);
    expect(new DomainError('CONFLICT', 'x').code).toBe('CONFLICT');
  });
});

describe('formatError', () => {
  it('adds flattened zod issues and drops the stack', () => {
    const parsed = z.object({ sku: z.string().min(3) }).safeParse({ sku: 'x' });
    if (parsed.success) throw new Error('expected a validation failure');
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    const shape = { message: 'bad', code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, stack: 'at …' } } as const;
    const out = formatError({ shape: { ...shape, data: { ...shape.data } }, error });
    expect(out.data.stack).toBeUndefined();
    expect(out.data.zodError?.fieldErrors).toHaveProperty('sku');
  });
});

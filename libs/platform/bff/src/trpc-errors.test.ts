import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError, notFound } from './domain-error';
import { formatError, retryAfterOnUnavailable, toTrpcError } from './trpc-errors';
import { databaseGateState } from './database-gate';

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

describe('an unreachable database', () => {
  it('becomes SERVICE_UNAVAILABLE (503) with Retry-After, and shuts the database gate', () => {
    databaseGateState().down = false;
    const lost = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: Object.assign(new Error("Can't reach database server"), { code: 'P1001' }) });
    const mapped = toTrpcError(lost);
    expect(mapped.code).toBe('SERVICE_UNAVAILABLE');
    expect(mapped.message).toContain('catching our breath');
    expect(databaseGateState().down).toBe(true);
    expect(retryAfterOnUnavailable({ errors: [mapped] })).toEqual({ headers: { 'retry-after': '2' } });
    expect(retryAfterOnUnavailable({ errors: [lost] })).toEqual({});
    databaseGateState().down = false;
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

  it('hides an unexpected error behind a generic message that names the request', () => {
    const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('connection to 10.0.0.7 refused') });
    const shape = { message: 'connection to 10.0.0.7 refused', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, stack: 'at …' } } as const;
    const out = formatError({ shape: { ...shape, data: { ...shape.data } }, error, ctx: { requestId: 'req-42' } });
    expect(out.message).toBe('Something went wrong on our side (request req-42).');
    expect(JSON.stringify(out)).not.toContain('10.0.0.7');
    expect(out.data.requestId).toBe('req-42');
  });

  it('keeps the message of an expected error', () => {
    const error = new TRPCError({ code: 'NOT_FOUND', message: 'no product CL-99' });
    const shape = { message: 'no product CL-99', code: -32004, data: { code: 'NOT_FOUND', httpStatus: 404 } } as const;
    expect(formatError({ shape: { ...shape, data: { ...shape.data } }, error }).message).toBe('no product CL-99');
  });
});

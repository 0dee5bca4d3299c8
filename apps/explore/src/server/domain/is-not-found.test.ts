import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { isNotFound } from './is-not-found';

describe('isNotFound', () => {
  it('is true for an unknown or a malformed parameter, false for anything else', () => {
    expect(isNotFound(new TRPCError({ code: 'NOT_FOUND' }))).toBe(true);
    expect(isNotFound(new TRPCError({ code: 'BAD_REQUEST' }))).toBe(true);
    expect(isNotFound(new TRPCError({ code: 'INTERNAL_SERVER_ERROR' }))).toBe(false);
    expect(isNotFound(new Error('NOT_FOUND'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { requestId } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestId', () => {
  it('keeps a sane incoming id', () => {
    expect(requestId('Root-1.abc_DEF')).toBe('Root-1.abc_DEF');
    expect(requestId('a'.repeat(200))).toBe('a'.repeat(200));
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(201)],
    ['with spaces', 'a b'],
    ['with a newline', 'a\nb'],
    ['repeated', ['a', 'b']],
  ])('creates a fresh one when the incoming id is %s', (_label, incoming) => {
    expect(requestId(incoming)).toMatch(UUID);
  });

  it('creates a different id each time', () => {
    expect(requestId(undefined)).not.toBe(requestId(undefined));
  });
});

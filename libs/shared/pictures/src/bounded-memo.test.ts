import { describe, expect, it, vi } from 'vitest';
import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once', () => {
    const square = vi.fn((n: number) => n * n);
    const memo = boundedMemo(square, String, 10);
    expect([memo(3), memo(3), memo(4)]).toEqual([9, 9, 16]);
    expect(square).toHaveBeenCalledTimes(2);
  });

  it('keeps at most `limit` results, dropping the oldest first', () => {
    const square = vi.fn((n: number) => n * n);
    const memo = boundedMemo(square, String, 3);
    for (const n of [1, 2, 3, 4]) memo(n);
    expect(memo.size()).toBe(3);
    memo(4);
    expect(square).toHaveBeenCalledTimes(4);
    memo(1);
    expect(square).toHaveBeenCalledTimes(5);
  });
});

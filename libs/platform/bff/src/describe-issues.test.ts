import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssues } from './describe-issues';

describe('describeIssues', () => {
  it('names each refused field by its path, in order, on one line', () => {
    const schema = z.object({ sku: z.string().min(3, 'too short'), lines: z.array(z.object({ quantity: z.number().max(10, 'at most 10') })) });
    const result = schema.safeParse({ sku: 'x', lines: [{ quantity: 1 }, { quantity: 11 }] });
    expect(describeIssues(result.error?.issues ?? [])).toBe('sku: too short; lines.1.quantity: at most 10');
  });

  it('calls an issue about the whole input "input"', () => {
    expect(describeIssues([{ path: [], message: 'expected an object' }])).toBe('input: expected an object');
  });
});

import { describe, expect, it } from 'vitest';
import { contextNames } from '@tractor/contracts';
import { resourceNames } from './resource-names';

describe('resourceNames', () => {
  it('names a context’s resources after it', () => {
    expect(resourceNames('checkout')).toEqual({ database: 'CheckoutDatabase', app: 'CheckoutApp' });
  });

  it('gives every context its own names', () => {
    const names = contextNames.flatMap((context) => Object.values(resourceNames(context)));
    expect(new Set(names).size).toBe(names.length);
  });
});

import { describe, expect, it } from 'vitest';
import { contextNames } from '@tractor/contracts';
import { parseMigrateOptions } from './migrate-options';

describe('parseMigrateOptions', () => {
  it('migrates every context by default', () => {
    expect(parseMigrateOptions([])).toEqual(contextNames);
  });

  it('migrates the contexts asked for, once each', () => {
    expect(parseMigrateOptions(['--context', 'checkout', '--context', 'checkout', '--context', 'decide'])).toEqual(['checkout', 'decide']);
  });

  it('refuses an unknown context', () => {
    expect(() => parseMigrateOptions(['--context', 'billing'])).toThrow(/unknown context billing/);
  });
});

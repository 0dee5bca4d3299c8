import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options';
import { databaseUrlVariable, resolveDatabaseUrl } from './context-paths';

describe('parseCliOptions', () => {
  it('reads a command with its options', () => {
    expect(parseCliOptions(['create', '--context', 'explore', '--name', 'add orders'])).toEqual({
      command: 'create',
      context: 'explore',
      name: 'add orders',
      url: undefined,
      force: false,
    });
    expect(parseCliOptions(['--help'])).toEqual({ command: 'help' });
  });

  it.each([
    [['deploy'], /--context/],
    [['deploy', '--context', 'explore', 'extra'], /Unexpected argument/],
    [['deploy', '--contxt', 'explore'], /Unknown option/],
    [['reset', '--context', 'explore'], /--force/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliOptions(argv)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(message) }));
  });
});

describe('resolveDatabaseUrl', () => {
  it('prefers --url, then <CONTEXT>_DATABASE_URL', () => {
    const env = { EXPLORE_DATABASE_URL: 'postgresql://from-env/db' };
    expect(resolveDatabaseUrl('explore', 'postgresql://flag/db', env)).toBe('postgresql://flag/db');
    expect(resolveDatabaseUrl('explore', undefined, env)).toBe('postgresql://from-env/db');
    expect(databaseUrlVariable('order-history')).toBe('ORDER_HISTORY_DATABASE_URL');
    expect(() => resolveDatabaseUrl('decide', undefined, env)).toThrow(expect.objectContaining({ code: 'MISSING_DATABASE_URL' }));
  });
});

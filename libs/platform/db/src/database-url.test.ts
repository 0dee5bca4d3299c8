import { describe, expect, it } from 'vitest';
import { databaseName, redactUrl, withDatabase } from './database-url';

describe('database URLs', () => {
  it('reads and replaces the database name, keeping options', () => {
    const url = 'postgresql://app:secret@db.internal:5432/shop?sslmode=require';
    expect(databaseName(url)).toBe('shop');
    expect(withDatabase(url, 't_explore_1')).toBe('postgresql://app:secret@db.internal:5432/t_explore_1?sslmode=require');
  });

  it('defaults the database name like libpq', () => {
    expect(databaseName('postgresql://postgres@127.0.0.1:5432')).toBe('postgres');
    expect(databaseName('postgresql://app@127.0.0.1:5432/')).toBe('app');
  });

  it('hides passwords', () => {
    expect(redactUrl('postgresql://app:secret@host/db')).toBe('postgresql://app:***@host/db');
    expect(redactUrl('postgresql://postgres@host/db')).toBe('postgresql://postgres@host/db');
  });

  it('rejects something that is not a URL', () => {
    expect(() => databaseName('explore')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

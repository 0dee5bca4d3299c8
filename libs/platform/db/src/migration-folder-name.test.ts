import { describe, expect, it } from 'vitest';
import { migrationFolderName } from './migration-folder-name';

const noon = new Date('2025-03-01T12:00:00Z');

describe('migrationFolderName', () => {
  it('prefixes a UTC timestamp and slugifies the name', () => {
    expect(migrationFolderName('Add Orders & Items!', noon, [])).toBe('20250301120000_add_orders_items');
  });

  it('moves past the newest existing folder when the clock is behind or equal', () => {
    const existing = ['20250301120000_init', '20250301115959_older', 'not_a_migration'];
    expect(migrationFolderName('next', noon, existing)).toBe('20250301120001_next');
    expect(migrationFolderName('next', new Date('2025-03-01T12:00:05Z'), existing)).toBe('20250301120005_next');
  });

  it('rolls the timestamp over day boundaries', () => {
    expect(migrationFolderName('x', noon, ['20251231235959_last'])).toBe('20260101000000_x');
  });

  it('rejects names without letters or digits', () => {
    expect(() => migrationFolderName(' -- ', noon, [])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

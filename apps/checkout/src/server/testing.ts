/**
 * Test fixtures for checkout's BFF: a throwaway, migrated and seeded database on the real PostgreSQL,
 * and a caller bound to it. One per test file; `drop()` removes it.
 */
import { join } from 'node:path';
import { createTestSlice } from '@tractor/slice/testing';
import { seed } from '../../prisma/seed';
import { createDb } from './db';
import { createContextInner, type CookieJar } from './context';
import { createCaller } from './root';

export const migrationsDir = join(import.meta.dirname, '..', '..', 'prisma', 'migrations');

/** `pool`: connections the client may open; a concurrency test needs as many as it runs requests. */
export const createTestBff = ({ pool = 2 } = {}) => createTestSlice({ migrationsDir, createDb, seed, createContextInner, createCaller, pool });

/** A cookie jar that remembers what procedures asked to store, like a browser would. */
export function recordingJar(): CookieJar & { cartIds: string[]; orderIds: string[] } {
  const cartIds: string[] = [];
  const orderIds: string[] = [];
  return { cartIds, orderIds, startCart: (id) => void cartIds.push(id), rememberOrder: (id) => void orderIds.push(id) };
}

/** A fresh order form's fields. */
export function orderForm(overrides: Partial<{ idempotencyKey: string; firstName: string; lastName: string; storeId: string }> = {}) {
  return { idempotencyKey: crypto.randomUUID(), firstName: 'Ada', lastName: 'Lovelace', storeId: 'store-a', ...overrides };
}

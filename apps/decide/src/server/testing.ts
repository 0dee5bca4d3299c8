/**
 * Test fixtures for decide's BFF: a throwaway, migrated and seeded database on the real PostgreSQL,
 * and a caller bound to it. One per test file; `drop()` removes it.
 */
import { join } from 'node:path';
import { createTestSlice } from '@tractor/slice/testing';
import { seed } from '../../prisma/seed';
import { createDb } from './db';
import { createContextInner } from './context';
import { createCaller } from './root';

export const migrationsDir = join(import.meta.dirname, '..', '..', 'prisma', 'migrations');

export const createTestBff = () => createTestSlice({ migrationsDir, createDb, seed, createContextInner, createCaller });

/**
 * Setup for a test file of checkout's route handlers: a throwaway, seeded database on the real
 * PostgreSQL, made the process-wide client the handlers use (src/server/db.ts), and browsers that
 * talk to the handlers the way a page on the shop would. Call once at the top of the file.
 */
import { sharedClientKey } from '@tractor/runtime-config';
import { afterAll, beforeAll } from 'vitest';
import { createTestBff } from '@/server/testing';
import * as trpc from '../api/trpc/[trpc]/route';
import { testBrowser } from './test-browser';

type TestBff = Awaited<ReturnType<typeof createTestBff>>;

const shared = globalThis as Record<string, unknown>;

export function routeTestBff() {
  let bff: TestBff | undefined;
  beforeAll(async () => {
    bff = await createTestBff();
    shared[sharedClientKey('checkout')] = bff.db;
  });
  afterAll(async () => {
    delete shared[sharedClientKey('checkout')];
    await bff?.drop();
  });
  return {
    /** The test file's database, for counting and arranging rows. */
    db: () => {
      if (!bff) throw new Error('the test database is made in beforeAll: use it inside a test');
      return bff.db;
    },
    browser: () => testBrowser(trpc),
  };
}

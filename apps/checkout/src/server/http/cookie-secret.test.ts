import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../db';
import { cookieSecret } from './cookie-secret';
import { createTestBff } from '../testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(() => bff.drop());

describe('cookieSecret', () => {
  it('uses CHECKOUT_COOKIE_SECRET when it is set', async () => {
    expect(await cookieSecret(bff.db, 'k'.repeat(32))).toBe('k'.repeat(32));
  });

  it('otherwise generates a random key once and keeps it in checkout’s database, so every server agrees', async () => {
    const first = await cookieSecret(bff.db, undefined);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const otherServer = createDb(bff.url, 1);
    try {
      expect(await cookieSecret(otherServer, undefined)).toBe(first);
    } finally {
      await otherServer.$disconnect();
    }
    expect(await bff.db.secret.count()).toBe(1);
  });
});

/** Every BFF procedure of decide, fed arbitrary input through its real route handler on a real database: never 5xx, nothing written. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { fuzz, trpcTargets } from '@tractor/testing';
import { createTestBff } from '@/server/testing';
import { appRouter } from '@/server/root';

let bff: Awaited<ReturnType<typeof createTestBff>>;
const headers = { host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000', 'x-forwarded-proto': 'http' };

beforeAll(async () => {
  bff = await createTestBff();
  (globalThis as { decideDb?: unknown }).decideDb = bff.db;
});
afterAll(async () => {
  delete (globalThis as { decideDb?: unknown }).decideDb;
  await bff?.drop();
});

describe('decide under arbitrary input', () => {
  it('never answers 5xx and writes nothing', async () => {
    const trpc = await import('./api/trpc/[trpc]/route');
    const url = (path: string) => `http://localhost:3000/api/trpc/${path}`;
    await fuzz(trpcTargets(appRouter, { handler: trpc.GET, url, headers }), { state: () => Promise.all([bff.db.product.count(), bff.db.variant.count()]) });
  }, 60_000);
});

/**
 * Explore with its database taken away and given back (real PostgreSQL behind `appBehindOutage`):
 * the BFF and the pages answer the branded 503 with Retry-After, then recover
 * in the same process.
 */
import { gateAnswer } from '@tractor/slice/request-gate';
import { retryAfterSeconds } from '@tractor/bff';
import { appBehindOutage, eventually, type AppBehindOutage } from '@tractor/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb } from '@/server/db';
import { createTestBff } from '@/server/testing';

// A build-time guard (route handlers are server code); it has no behaviour to keep under test.
vi.mock('server-only', () => ({}));

let bff: Awaited<ReturnType<typeof createTestBff>>;
let outage: AppBehindOutage;
let routes: Awaited<ReturnType<typeof load>>;

async function load() {
  return {
    trpc: await import('./explore/api/trpc/[trpc]/route'),
    gate: (await import('../request-gate')).gate,
  };
}

beforeAll(async () => {
  bff = await createTestBff();
  outage = await appBehindOutage({ context: 'explore', databaseUrl: bff.url, connect: (url) => createDb(url, 2) });
  routes = await load();
});
afterAll(async () => {
  await outage.close();
  await bff.drop();
});

const get = (path: string, accept = 'text/html') => new Request(`http://localhost:3000${path}`, { headers: { accept } });

describe('explore while its database is down', () => {
  it('answers 503 with Retry-After from the BFF and the pages, and recovers by itself', async () => {
    const stores = () => routes.trpc.GET(get('/explore/api/trpc/stores.list', 'application/json'));
    expect((await stores()).status).toBe(200);

    await outage.cut();

    const rpc = await stores();
    expect(rpc.status).toBe(503);
    expect(rpc.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    const page = await gateAnswer(routes.gate, get('/products'));
    expect(page?.status).toBe(503);
    expect(await page?.text()).toContain('Explore is catching its breath');

    await outage.restore();

    await eventually(async () => expect((await gateAnswer(routes.gate, get('/products')))?.status).not.toBe(503), retryAfterSeconds + 3);
    expect((await stores()).status).toBe(200);
  });
});

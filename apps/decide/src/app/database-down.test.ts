/**
 * Decide with its database taken away and given back (real PostgreSQL behind `appBehindOutage`):
 * the BFF and the pages answer the branded 503 with Retry-After, then recover
 * in the same process.
 */
import { gateAnswer } from '@tractor/slice/request-gate';
import { retryAfterSeconds } from '@tractor/bff';
import { appBehindOutage, eventually, type AppBehindOutage } from '@tractor/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/server/db';
import { createTestBff } from '@/server/testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
let outage: AppBehindOutage;
let routes: Awaited<ReturnType<typeof load>>;

async function load() {
  return {
    trpc: await import('./api/trpc/[trpc]/route'),
    gate: (await import('../request-gate')).gate,
  };
}

beforeAll(async () => {
  bff = await createTestBff();
  outage = await appBehindOutage({ context: 'decide', databaseUrl: bff.url, connect: (url) => createDb(url, 2) });
  routes = await load();
});
afterAll(async () => {
  await outage.close();
  await bff.drop();
});

const get = (path: string, accept = 'text/html') => new Request(`http://localhost:3000${path}`, { headers: { accept } });

describe('decide while its database is down', () => {
  it('answers 503 with Retry-After from the BFF and the pages, and recovers by itself', async () => {
    const product = () => routes.trpc.GET(get('/api/trpc/product.byId?input=%7B%22id%22%3A%22CL-01%22%7D', 'application/json'));
    expect((await product()).status).toBe(200);

    await outage.cut();

    const rpc = await product();
    expect(rpc.status).toBe(503);
    expect(rpc.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    const page = await gateAnswer(routes.gate, get('/product/CL-01'));
    expect(page?.status).toBe(503);
    expect(await page?.text()).toContain('Decide is catching its breath');

    await outage.restore();

    await eventually(async () => expect((await gateAnswer(routes.gate, get('/product/CL-01')))?.status).not.toBe(503), retryAfterSeconds + 3);
    expect((await product()).status).toBe(200);
  });
});

/**
 * Crash safety of the embedded database (`npm start`'s PGlite): the database and checkout's BFF
 * are killed (SIGKILL) during a burst of adds to baskets; the same data directory opened again
 * holds every add that was acknowledged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '@tractor/db-runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { isEmpty, seed } from '../../prisma/seed';
import { createDb } from '../server/db';
import { cartIdFrom } from '../server/http/cart-cookie';
import { migrationsDir } from '../server/testing';
import { startBff, type BffProcess } from './bff-process';
import { freePort, startEmbedded, type EmbeddedProcess } from './embedded-process';
import { call, secret } from './shopper-client';
import data from '../../prisma/seed-data.json' with { type: 'json' };

const shoppers = 4;
const inStock = data.variants.filter((v) => v.inventory > 0).map((v) => v.sku);

let dataDir = '';
let database: EmbeddedProcess | null = null;
let server: BffProcess | null = null;
afterAll(async () => {
  await server?.kill();
  await database?.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the embedded database killed during a burst of adds', () => {
  it('still holds every acknowledged add when it is opened again', async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'checkout-crash-')), 'db');
    const port = await freePort();
    database = await startEmbedded(dataDir, port);
    await prepareDatabase({ url: database.url, migrationsDir, connect: (url) => createDb(url, 1), isEmpty, seed, log: () => undefined });
    server = await startBff({ databaseUrl: database.url, secret, pool: 1 });

    // Each shopper adds one tractor after another; both processes die once 12 adds are acknowledged.
    const acknowledged: string[][] = Array.from({ length: shoppers }, () => []);
    const cookies: string[] = Array.from({ length: shoppers }, () => '');
    let killing: Promise<void> | null = null;
    const running = { server, database };
    const crash = () => Promise.all([running.server.kill(), running.database.kill()]).then(() => undefined);
    const burst = Array.from({ length: shoppers }, async (_, shopper) => {
      for (const sku of inStock.slice(shopper * 10, shopper * 10 + 10)) {
        const answer = await call<{ quantity: number }>(running.server.origin, 'cart.add', { sku }, cookies[shopper]);
        const cart = answer.cookies.find((c) => c.startsWith('c_cart='));
        if (cart) cookies[shopper] = cart.split(';')[0] ?? '';
        if (answer.status === 200) acknowledged[shopper]?.push(sku);
        if (acknowledged.flat().length >= 12) killing ??= crash();
      }
    });
    const outcomes = await Promise.allSettled(burst);
    await killing;
    expect(acknowledged.flat().length).toBeGreaterThanOrEqual(12);
    expect(outcomes.some((o) => o.status === 'rejected'), 'some adds were still in flight').toBe(true);

    database = await startEmbedded(dataDir, port);
    const db = createDb(database.url, 1);
    try {
      for (let shopper = 0; shopper < shoppers; shopper++) {
        const cartId = cartIdFrom(new Headers({ cookie: cookies[shopper] ?? '' }), secret);
        const lines = cartId ? await db.cartLine.findMany({ where: { cartId }, select: { sku: true, quantity: true } }) : [];
        for (const sku of acknowledged[shopper] ?? []) expect(lines, `shopper ${shopper}, ${sku}`).toContainEqual({ sku, quantity: 1 });
      }
    } finally {
      await db.$disconnect();
    }
  }, 170_000);
});

/**
 * Every entry point of explore, fed arbitrary input through its real route handler on a real
 * database: BFF procedures, fragments and pictures never answer 5xx, and nothing is written.
 */
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { fuzz, queryTarget, segmentTarget, trpcTargets } from '@tractor/testing';
import { createTestBff } from '@/server/testing';
import { appRouter } from '@/server/root';

// Route handlers guard their server modules with `server-only`, which only Next's bundler resolves.
vi.mock('server-only', () => ({}));

let bff: Awaited<ReturnType<typeof createTestBff>>;
const shop = 'http://localhost:3000';
const headers = { host: 'localhost:3000', 'x-forwarded-host': 'localhost:3000', 'x-forwarded-proto': 'http' };

beforeAll(async () => {
  bff = await createTestBff();
  (globalThis as { exploreDb?: unknown }).exploreDb = bff.db;
  // The header's nested mini cart has nowhere to come from here: the include falls back at once.
  process.env.FRAGMENTS_ORIGIN = 'http://127.0.0.1:9';
});
afterAll(async () => {
  delete (globalThis as { exploreDb?: unknown }).exploreDb;
  delete process.env.FRAGMENTS_ORIGIN;
  await bff?.drop();
});

const state = async () => Promise.all([bff.db.productTeaser.count(), bff.db.recommendableVariant.count(), bff.db.store.count()]);

describe('explore under arbitrary input', () => {
  it('never answers 5xx and writes nothing', async () => {
    const trpc = await import('./explore/api/trpc/[trpc]/route');
    const header = await import('./explore/fragments/header/route');
    const footer = await import('./explore/fragments/footer/route');
    const recommendations = await import('./explore/fragments/recommendations/route');
    const storePicker = await import('./explore/fragments/store-picker/route');
    const tractor = await import('./explore/images/tractor/[file]/route');
    const store = await import('./explore/images/store/[file]/route');
    const scene = await import('./explore/images/scene/[file]/route');
    await fuzz(
      [
        ...trpcTargets(appRouter, { handler: trpc.GET, url: (path) => `${shop}/explore/api/trpc/${path}`, headers }),
        queryTarget('GET /explore/fragments/header', header.GET, `${shop}/explore/fragments/header`, ['compact'], headers),
        queryTarget('GET /explore/fragments/footer', footer.GET, `${shop}/explore/fragments/footer`, [], headers),
        queryTarget('GET /explore/fragments/recommendations', recommendations.GET, `${shop}/explore/fragments/recommendations`, ['skus'], headers),
        queryTarget('GET /explore/fragments/store-picker', storePicker.GET, `${shop}/explore/fragments/store-picker`, [], headers),
        segmentTarget('GET /explore/images/tractor/:file', tractor.GET, 'file', (file) => `${shop}/explore/images/tractor/${file}`),
        segmentTarget('GET /explore/images/store/:file', store.GET, 'file', (file) => `${shop}/explore/images/store/${file}`),
        segmentTarget('GET /explore/images/scene/:file', scene.GET, 'file', (file) => `${shop}/explore/images/scene/${file}`),
      ],
      { state },
    );
  }, 60_000);
});

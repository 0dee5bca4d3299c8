import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basePath, contextNames, contexts, documentHeaders } from '@tractor/contracts';
import { writeElementsVersion } from '@tractor/elements/version';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { describe, expect, it } from 'vitest';
import { sliceNextConfig } from './slice-next-config';

describe('sliceNextConfig', () => {
  it.each(contextNames)('mounts %s where the route manifest says', (context) => {
    const { basePath: mounted } = sliceNextConfig(context)(PHASE_PRODUCTION_SERVER);
    expect(mounted).toBe(basePath(context));
    expect(mounted || '/').toBe(contexts[context].mount);
    // Next's own rule: empty for the root, else a leading slash and no trailing one.
    expect(mounted).toMatch(/^(?:\/[^/]+)*$/);
  });

  it('caches versioned element assets for good, under the context’s own element path', async () => {
    const elements = (entries: { has?: { type: string }[] }[] | undefined) => entries?.filter((entry) => entry.has?.[0]?.type === 'query');
    const checkout = elements(await sliceNextConfig('checkout')(PHASE_PRODUCTION_SERVER).headers?.());
    expect(checkout).toEqual([
      { source: '/elements/:file*', has: [{ type: 'query', key: 'v' }], headers: [{ key: 'cache-control', value: 'public, max-age=31536000, immutable' }] },
    ]);
    const explore = elements(await sliceNextConfig('explore')(PHASE_PRODUCTION_SERVER).headers?.());
    expect(explore?.map((entry) => (entry as { source: string }).source)).toEqual(['/explore-elements/:file*']);
  });

  it('never caches element assets for good while developing', async () => {
    const headers = await sliceNextConfig('checkout')(PHASE_DEVELOPMENT_SERVER).headers?.();
    expect(headers?.some((entry) => entry.headers.some((h) => h.value.includes('immutable')))).toBe(false);
  });

  it.each(contextNames)('lets the back/forward cache keep the page documents of %s', async (context) => {
    expect(await sliceNextConfig(context)(PHASE_PRODUCTION_SERVER).headers?.()).toEqual(expect.arrayContaining(documentHeaders(context)));
  });

  it.each(contextNames)('traces the standalone server of %s from the workspace root, in the app folder as from the root', (context) => {
    const root = join(import.meta.dirname, '..', '..', '..', '..', '..');
    const cwd = process.cwd();
    try {
      for (const folder of [root, join(root, contexts[context].directory)]) {
        process.chdir(folder);
        expect(sliceNextConfig(context)(PHASE_PRODUCTION_SERVER).outputFileTracingRoot).toBe(root);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('keeps Turbopack’s build cache for the next build, except in CI, which starts from a clean clone', () => {
    const ci = process.env.CI;
    try {
      delete process.env.CI;
      expect(sliceNextConfig('decide')(PHASE_PRODUCTION_SERVER).experimental?.turbopackFileSystemCacheForBuild).toBe(true);
      process.env.CI = 'true';
      expect(sliceNextConfig('decide')(PHASE_PRODUCTION_SERVER).experimental?.turbopackFileSystemCacheForBuild).toBe(false);
    } finally {
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
    }
  });

  it('passes the version `build-elements` wrote beside the app to the app, marked while developing', () => {
    // Next loads the config in the app's folder: stand in one whose elements were bundled.
    const app = mkdtempSync(join(tmpdir(), 'slice-config-'));
    const cwd = process.cwd();
    try {
      writeElementsVersion(app, '0123456789ab');
      process.chdir(app);
      expect(sliceNextConfig('decide')(PHASE_PRODUCTION_SERVER).env).toEqual({ ELEMENTS_VERSION: '0123456789ab' });
      expect(sliceNextConfig('decide')(PHASE_DEVELOPMENT_SERVER).env).toEqual({ ELEMENTS_VERSION: 'dev-0123456789ab' });
    } finally {
      process.chdir(cwd);
      rmSync(app, { recursive: true, force: true });
    }
  });
});

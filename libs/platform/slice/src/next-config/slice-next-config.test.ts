import { basePath, contextNames, contexts, documentHeaders } from '@tractor/contracts';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { describe, expect, it } from 'vitest';
import { sliceNextConfig } from './slice-next-config';

describe('sliceNextConfig', () => {
  it.each(contextNames)('mounts %s where the route manifest says', (context) => {
    const { basePath: mounted } = sliceNextConfig(context)(PHASE_PRODUCTION_SERVER);
    expect(mounted).toBe(basePath(context));
    expect(mounted || '/').toBe(contexts[context].mount);
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

  it('passes the elements’ version to the app', () => {
    expect(sliceNextConfig('decide')(PHASE_PRODUCTION_SERVER).env).toHaveProperty('ELEMENTS_VERSION');
  });
});

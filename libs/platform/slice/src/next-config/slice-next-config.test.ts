import { basePath, contextNames, contexts } from '@tractor/contracts';
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
    const checkout = await sliceNextConfig('checkout')(PHASE_PRODUCTION_SERVER).headers?.();
    expect(checkout).toEqual([
      { source: '/elements/:file*', has: [{ type: 'query', key: 'v' }], headers: [{ key: 'cache-control', value: 'public, max-age=31536000, immutable' }] },
    ]);
    const explore = await sliceNextConfig('explore')(PHASE_PRODUCTION_SERVER).headers?.();
    expect(explore?.[0]?.source).toBe('/explore-elements/:file*');
  });

  it('never caches element assets for good while developing', async () => {
    expect(await sliceNextConfig('checkout')(PHASE_DEVELOPMENT_SERVER).headers?.()).toEqual([]);
  });

  it('passes the elements’ version to the app', () => {
    expect(sliceNextConfig('decide')(PHASE_PRODUCTION_SERVER).env).toHaveProperty('ELEMENTS_VERSION');
  });
});

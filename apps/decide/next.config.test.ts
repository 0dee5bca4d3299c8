import { basePath, contexts } from '@tractor/contracts';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { describe, expect, it } from 'vitest';
import config from './next.config';

describe('decide next.config', () => {
  it('mounts the app where the route manifest says', async () => {
    const { basePath: mounted } = await config(PHASE_PRODUCTION_SERVER);
    expect(mounted).toBe(basePath('decide'));
    expect(mounted || '/').toBe(contexts.decide.mount);
  });
});

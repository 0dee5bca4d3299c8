import { basePath, contexts } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import config from './next.config';

describe('explore next.config', () => {
  it('mounts the app where the route manifest says', () => {
    expect(config.basePath).toBe(basePath('explore'));
    expect(config.basePath || '/').toBe(contexts.explore.mount);
  });
});

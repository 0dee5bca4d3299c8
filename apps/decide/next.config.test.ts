import { basePath, contexts } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import config from './next.config';

describe('decide next.config', () => {
  it('mounts the app where the route manifest says', () => {
    expect(config.basePath).toBe(basePath('decide'));
    expect(config.basePath || '/').toBe(contexts.decide.mount);
  });
});

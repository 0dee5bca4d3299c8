import { basePath, contexts } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import config from './next.config';

describe('checkout next.config', () => {
  it('mounts the app where the route manifest says', () => {
    expect(config.basePath).toBe(basePath('checkout'));
    expect(config.basePath || '/').toBe(contexts.checkout.mount);
  });
});

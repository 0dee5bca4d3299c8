import { href } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { navCurrent } from './nav-current';

describe('navCurrent', () => {
  it('marks Machines on the listing and, as the section, on each category', () => {
    expect(navCurrent(href.explore.products(), href.explore.products())).toBe('page');
    expect(navCurrent(href.explore.products(), href.explore.products('classic'))).toBe('true');
  });

  it('marks Stores on the stores page', () => {
    expect(navCurrent(href.explore.stores(), href.explore.stores())).toBe('page');
    expect(navCurrent(href.explore.products(), href.explore.stores())).toBeNull();
  });

  it("marks nothing on other teams' pages, nor on look-alike paths", () => {
    for (const path of [href.decide.product('CL-01'), href.checkout.cart(), href.explore.home(), '/productsx']) {
      expect(navCurrent(href.explore.products(), path), path).toBeNull();
      expect(navCurrent(href.explore.stores(), path), path).toBeNull();
    }
  });
});

/**
 * The journeys check (journeys.test.ts) can fail: fed recorded journeys that miss a page, a fragment
 * or an event, it names exactly what is missing; a page added to an app needs a journey of its own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedJourney } from '@tractor/e2e';
import { afterEach, describe, expect, it } from 'vitest';
import { contextPages, shopContract, uncovered, type Contract } from './journey-coverage';

const root = join(import.meta.dirname, '..', '..');
const contract = shopContract(root);

/** A path that opens the page: each `[param]` filled in. */
const visit = (route: string) => route.replace(/\[[^\]]+\]/g, 'CL-01');

/** Journeys that reach everything in the contract, one item each. */
function everything(of: Contract): RecordedJourney[] {
  const journey = (test: string, recorded: Partial<RecordedJourney>): RecordedJourney => ({ test, pages: [], requests: [], events: [], ...recorded });
  return [
    ...of.pages.map(({ route }) => journey(`opens ${route}`, { pages: [visit(route)] })),
    ...Object.entries(of.fragments).map(([id, path]) => journey(`asks for ${id}`, { requests: [path] })),
    ...of.events.map((name) => journey(`fires ${name}`, { events: [name] })),
  ];
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('uncovered', () => {
  it('finds the pages of every context in the repository, under their mounts', () => {
    expect(contract.pages.map((page) => page.route)).toEqual(expect.arrayContaining(['/', '/products/[category]', '/product/[id]', '/checkout/cart', '/checkout/thanks']));
    expect(Object.keys(contract.fragments)).toContain('checkout/mini-cart');
    expect(contract.events).toContain('explore:store-selected');
  });

  it('finds nothing missing when every page, fragment and event is reached', () => {
    expect(uncovered(contract, everything(contract))).toEqual({ pages: [], fragments: [], events: [] });
  });

  it('names a page no journey opens', () => {
    const journeys = everything(contract).filter((j) => j.test !== 'opens /checkout/thanks');
    expect(uncovered(contract, journeys)).toEqual({ pages: ['/checkout/thanks'], fragments: [], events: [] });
  });

  it('does not count a request for a page as opening it, nor a page of the same prefix', () => {
    const journeys = everything(contract).filter((j) => j.test !== 'opens /product/[id]');
    journeys.push({ test: 'fetches', pages: ['/product/CL-01/reviews'], requests: ['/product/CL-01'], events: [] });
    expect(uncovered(contract, journeys).pages).toEqual(['/product/[id]']);
  });

  it('names a fragment no journey asks for, and an event that never went through a page', () => {
    const journeys = everything(contract).filter((j) => j.test !== 'asks for checkout/mini-cart' && j.test !== 'fires checkout:cart-updated');
    expect(uncovered(contract, journeys)).toEqual({ pages: [], fragments: ['checkout/mini-cart'], events: ['checkout:cart-updated'] });
  });

  it('asks a journey of a page added to an app', () => {
    const dir = mkdtempSync(join(tmpdir(), 'journey-coverage-'));
    dirs.push(dir);
    for (const page of ['(shop)/cart', 'wishlist']) {
      mkdirSync(join(dir, 'apps', 'checkout', 'src', 'app', page), { recursive: true });
      writeFileSync(join(dir, 'apps', 'checkout', 'src', 'app', page, 'page.tsx'), 'export default function Page() { return null; }\n');
    }
    const pages = contextPages(dir, 'checkout');
    expect(pages.map((page) => page.route).sort()).toEqual(['/checkout/cart', '/checkout/wishlist']);
    const opened = [{ test: 'basket', pages: ['/checkout/cart'], requests: [], events: [] }];
    expect(uncovered({ pages, fragments: {}, events: [] }, opened).pages).toEqual(['/checkout/wishlist']);
  });
});

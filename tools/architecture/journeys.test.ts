/**
 * Fitness checks read from what the browser suites really did (their JSON reports, recorded by
 * `test` from @tractor/e2e): every page of every context is opened by a journey, every fragment
 * the contracts declare is asked for by one, and every contract event goes through a page. Runs
 * after the suites (`nx run architecture:journeys`); a suite that has not run is an error.
 * journey-coverage.test.ts shows these checks fail when a journey is missing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJourneys } from '@tractor/e2e';
import { describe, expect, it } from 'vitest';
import { shopContract, uncovered } from './journey-coverage';

const root = join(import.meta.dirname, '..', '..');
const apps = join(root, 'apps');
const suites = readdirSync(apps).filter((name) => name.endsWith('-e2e'));

const journeys = suites.flatMap((suite) => readJourneys(join(apps, suite)).map((journey) => ({ ...journey, suite })));
const contract = shopContract(root);
const gaps = uncovered(contract, journeys);

describe('the browser suites exercise the contracts', () => {
  it('found the journeys of every suite', () => {
    expect(new Set(journeys.map((j) => j.suite))).toEqual(new Set(suites));
  });

  it.each(contract.pages.map((page) => page.route))('page %s is opened by a journey', (route) => {
    expect(gaps.pages).not.toContain(route);
  });

  it.each(Object.keys(contract.fragments))('fragment %s is asked for by a journey', (id) => {
    expect(gaps.fragments).not.toContain(id);
  });

  it.each(contract.events)('event %s goes through a page in a journey', (name) => {
    expect(gaps.events).not.toContain(name);
  });
});

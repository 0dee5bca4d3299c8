/**
 * Fitness checks read from what the browser suites really did (their JSON reports, recorded by
 * `test` from @tractor/e2e): every page of every context is opened by a journey, every fragment
 * the contracts declare is asked for by one, and every contract event goes through a page. Runs
 * after the suites (`nx run architecture:journeys`); a suite that has not run is an error.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { basePath, contextNames, events, fragmentPath, fragments, type ContextName, type FragmentId } from '@tractor/contracts';
import { readJourneys } from '@tractor/e2e';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const apps = join(root, 'apps');

const journeys = readdirSync(apps)
  .filter((name) => name.endsWith('-e2e'))
  .flatMap((suite) => readJourneys(join(apps, suite)).map((journey) => ({ ...journey, suite })));

/** Every `page.tsx` of a context as a URL pattern: route groups dropped, `[param]` any one segment. */
function pages(context: ContextName): { route: string; pattern: RegExp }[] {
  const appDir = join(apps, context, 'src', 'app');
  const found = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((file) => file === 'page.tsx' || file.endsWith(`${sep}page.tsx`));
  return found.map((file) => {
    const segments = relative(appDir, join(appDir, file)).split(sep).slice(0, -1).filter((segment) => !/^\(.*\)$/.test(segment));
    const route = `${basePath(context)}/${segments.join('/')}`.replace(/\/$/, '') || '/';
    const pattern = new RegExp(`^${route.split('/').map((part) => (/^\[.+\]$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&'))).join('/')}$`);
    return { route, pattern };
  });
}

const allPages = contextNames.flatMap(pages);

describe('the browser suites exercise the contracts', () => {
  it('found the journeys of every suite', () => {
    expect(new Set(journeys.map((j) => j.suite))).toEqual(new Set(readdirSync(apps).filter((name) => name.endsWith('-e2e'))));
  });

  it.each(allPages.map((page) => [page.route, page.pattern] as const))('page %s is opened by a journey', (_route, pattern) => {
    expect(journeys.filter((j) => j.pages.some((path) => pattern.test(path))).map((j) => j.test)).not.toEqual([]);
  });

  it.each(Object.keys(fragments) as FragmentId[])('fragment %s is asked for by a journey', (id) => {
    const path = fragmentPath(fragments[id].context, fragments[id].name);
    expect(journeys.filter((j) => j.requests.includes(path)).map((j) => j.test)).not.toEqual([]);
  });

  it.each(Object.keys(events))('event %s goes through a page in a journey', (name) => {
    expect(journeys.filter((j) => j.events.includes(name)).map((j) => j.test)).not.toEqual([]);
  });
});

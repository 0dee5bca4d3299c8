/**
 * What the browser suites must cover, and what a set of recorded journeys leaves out: every page of
 * every context (found from its `page.tsx` files, under the mount the manifest gives it), every
 * fragment the contracts declare and every contract event. journeys.test.ts judges the suites'
 * real reports with it; journey-coverage.test.ts proves it notices a gap.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { basePath, contextNames, contexts, events, fragmentPath, fragments, type ContextName, type FragmentId } from '@tractor/contracts';
import type { RecordedJourney } from '@tractor/e2e';

export interface PageRoute {
  /** As written in the app: `/product/[id]`. */
  readonly route: string;
  /** `[param]` matches any one segment. */
  readonly pattern: RegExp;
}

export interface Contract {
  readonly pages: readonly PageRoute[];
  /** Fragment id → the path the browser asks for. */
  readonly fragments: Readonly<Record<string, string>>;
  readonly events: readonly string[];
}

export interface Uncovered {
  readonly pages: string[];
  readonly fragments: string[];
  readonly events: string[];
}

const escape = (part: string) => part.replace(/[.*+?^${}()|\\]/g, '\\$&');

/** Every `page.tsx` of a context as a URL pattern: route groups dropped, `[param]` any one segment. */
export function contextPages(root: string, context: ContextName): PageRoute[] {
  const appDir = join(root, contexts[context].directory, 'src', 'app');
  const found = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((file) => file === 'page.tsx' || file.endsWith(`${sep}page.tsx`));
  return found.map((file) => {
    const segments = relative(appDir, join(appDir, file)).split(sep).slice(0, -1).filter((segment) => !/^\(.*\)$/.test(segment));
    const route = `${basePath(context)}/${segments.join('/')}`.replace(/\/$/, '') || '/';
    const pattern = new RegExp(`^${route.split('/').map((part) => (/^\[.+\]$/.test(part) ? '[^/]+' : escape(part))).join('/')}$`);
    return { route, pattern };
  });
}

/** The contract of the whole shop as it stands in the repository at `root`. */
export function shopContract(root: string): Contract {
  return {
    pages: contextNames.flatMap((context) => contextPages(root, context)),
    fragments: Object.fromEntries((Object.keys(fragments) as FragmentId[]).map((id) => [id, fragmentPath(fragments[id].context, fragments[id].name)])),
    events: Object.keys(events),
  };
}

/** The pages, fragments and events no journey reached. */
export function uncovered(contract: Contract, journeys: readonly RecordedJourney[]): Uncovered {
  const pages = journeys.flatMap((j) => j.pages);
  const requests = new Set(journeys.flatMap((j) => j.requests));
  const seen = new Set(journeys.flatMap((j) => j.events));
  return {
    pages: contract.pages.filter(({ pattern }) => !pages.some((path) => pattern.test(path))).map(({ route }) => route),
    fragments: Object.entries(contract.fragments).filter(([, path]) => !requests.has(path)).map(([id]) => id),
    events: contract.events.filter((name) => !seen.has(name)),
  };
}


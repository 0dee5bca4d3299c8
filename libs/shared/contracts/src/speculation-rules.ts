/**
 * What a browser may fetch or render ahead of a click, derived from the route manifest: every
 * same-origin document link, except each context's API, fragments and element assets, Next's
 * assets, images, the pages a context marks `unspeculated`, and links marked `rel=nofollow` or
 * `data-no-speculate` (or inside an element so marked). A new context in the manifest is covered
 * without an edit here.
 *
 * Prefetch (the document only, cheap) starts as soon as the pointer rests on a link; prerender (the
 * whole page, ready to show) after a short hover or on pointer down. Browsers without speculation
 * rules ignore them.
 */
import { basePath, contextNames, contexts, elementsBase, namespace, type ContextRoute } from './routes';

export type Eagerness = 'immediate' | 'eager' | 'moderate' | 'conservative';

export type DocumentCondition =
  | { readonly href_matches: string | readonly string[] }
  | { readonly selector_matches: string }
  | { readonly and: readonly DocumentCondition[] }
  | { readonly not: DocumentCondition };

export interface DocumentRule {
  readonly source: 'document';
  readonly where: DocumentCondition;
  readonly eagerness: Eagerness;
}

export interface SpeculationRules {
  readonly prefetch: readonly DocumentRule[];
  readonly prerender: readonly DocumentRule[];
}

/** Files a link may point at that are never a page. */
const imageExtensions = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'ico'] as const;

/**
 * Path patterns (URL patterns, resolved against the page's own URL, so on its origin) that are never
 * fetched ahead, in manifest order.
 */
export function unspeculatedPaths(): string[] {
  const paths: string[] = [];
  for (const name of contextNames) {
    const context: ContextRoute = contexts[name];
    const ns = namespace(name);
    paths.push(`${ns}/api/*`, `${ns}/fragments/*`, `${ns}/images/*`, `${elementsBase(name)}/*`, `${basePath(name)}/_next/*`);
    for (const page of context.unspeculated ?? []) paths.push(`${basePath(name)}${page}`);
  }
  paths.push(...imageExtensions.map((extension) => `/*.${extension}`));
  return [...new Set(paths)];
}

/** Links a shopper on this page might follow to another document of the shop. */
export function speculationCandidates(): DocumentCondition {
  return {
    and: [
      // A pattern without an origin takes the page's: other origins never match.
      { href_matches: '/*' },
      { not: { href_matches: unspeculatedPaths() } },
      { not: { selector_matches: '[rel~="nofollow"], [data-no-speculate], [data-no-speculate] *' } },
    ],
  };
}

export function speculationRules(): SpeculationRules {
  const where = speculationCandidates();
  return {
    prefetch: [{ source: 'document', where, eagerness: 'eager' }],
    prerender: [{ source: 'document', where, eagerness: 'moderate' }],
  };
}

/**
 * The exact text of the page's `<script type="speculationrules">`. Exported so a Content Security
 * Policy can allow this one inline script by its hash.
 */
export const speculationRulesText = JSON.stringify(speculationRules());

import { Window } from 'happy-dom';
import { URLPattern } from 'urlpattern-polyfill';
import { describe, expect, it } from 'vitest';
import { href } from './href';
import { contextNames, elementPath, fragmentPath, trpcPath } from './routes';
import { speculationRules, speculationRulesText, type DocumentCondition } from './speculation-rules';

const page = 'https://shop.test/products';

/** The browser's reading of a document rule's condition for one link (URL patterns resolve against the page). */
function holds(condition: DocumentCondition, link: { href: string; matches(selector: string): boolean }): boolean {
  if ('and' in condition) return condition.and.every((part) => holds(part, link));
  if ('not' in condition) return !holds(condition.not, link);
  if ('selector_matches' in condition) return link.matches(condition.selector_matches);
  const patterns = typeof condition.href_matches === 'string' ? [condition.href_matches] : condition.href_matches;
  return patterns.some((pattern) => new URLPattern(pattern, page).test(link.href));
}

/** Which rules of the page would pick up a link written as `markup`. */
function speculatedAs(markup: string): string[] {
  const window = new Window({ url: page });
  window.document.body.innerHTML = markup;
  const link = window.document.querySelector('a');
  if (!link) throw new Error(`no link in ${markup}`);
  const rules = JSON.parse(speculationRulesText) as ReturnType<typeof speculationRules>;
  const kinds = (['prefetch', 'prerender'] as const).filter((kind) => rules[kind].some((rule) => holds(rule.where, link)));
  window.close();
  return kinds;
}

const both = ['prefetch', 'prerender'];

describe('speculation rules from the route manifest', () => {
  it.each([
    href.explore.home(),
    href.explore.products(),
    href.explore.products('classic'),
    href.explore.stores(),
    href.decide.product('CL-01'),
    href.decide.product('CL-01', 'CL-01-GY'),
    href.checkout.cart(),
    href.checkout.checkout(),
    'https://shop.test/checkout/cart',
  ])('prefetches and prerenders the page %s', (url) => {
    expect(speculatedAs(`<a href="${url}">page</a>`)).toEqual(both);
  });

  it.each(contextNames)('never fetches ahead the API, fragments or element assets of %s', (context) => {
    for (const url of [`${trpcPath(context)}/anything.get`, fragmentPath(context, 'anything'), elementPath(context, 'anything.js', 'abc')]) {
      expect(speculatedAs(`<a href="${url}">part</a>`), url).toEqual([]);
    }
  });

  it.each([
    ['the thanks page, which shows a one-time result', href.checkout.thanks()],
    ['the thanks page with a query', `${href.checkout.thanks()}?again=1`],
    ['a picture', '/explore/images/tractor/CL-01-GY.svg'],
    ['a picture anywhere', '/product/picture.png?v=2'],
    ["Next's assets", '/_next/static/chunks/main.js'],
    ["a mounted context's Next assets", '/checkout/_next/static/chunks/main.js'],
    ['another origin', 'https://elsewhere.test/products'],
    ['another scheme on this host', 'http://shop.test/products'],
  ])('never fetches ahead %s', (_, url) => {
    expect(speculatedAs(`<a href="${url}">x</a>`)).toEqual([]);
  });

  it.each([
    ['rel=nofollow', `<a rel="nofollow" href="${href.explore.stores()}">x</a>`],
    ['rel with nofollow among others', `<a rel="noopener nofollow" href="${href.explore.stores()}">x</a>`],
    ['data-no-speculate', `<a data-no-speculate href="${href.explore.stores()}">x</a>`],
    ['a link inside data-no-speculate', `<nav data-no-speculate><ul><li><a href="${href.explore.stores()}">x</a></li></ul></nav>`],
  ])('leaves links marked %s alone', (_, markup) => {
    expect(speculatedAs(markup)).toEqual([]);
  });

  it('prefetches as soon as the pointer rests on a link and prerenders on a longer hover or pointer down', () => {
    const rules = speculationRules();
    expect(rules.prefetch.map((rule) => rule.eagerness)).toEqual(['eager']);
    expect(rules.prerender.map((rule) => rule.eagerness)).toEqual(['moderate']);
  });

  it('is one inline script text, safe inside <script> and stable for a CSP hash', () => {
    expect(JSON.parse(speculationRulesText)).toEqual(speculationRules());
    expect(speculationRulesText).not.toMatch(/[<>]/);
    expect(JSON.stringify(speculationRules())).toBe(speculationRulesText);
  });
});

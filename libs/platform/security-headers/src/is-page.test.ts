import { basePath, contextNames, elementPath, fragmentPath, fragments, href, namespace, trpcPath, type ContextName, type FragmentId } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { isPage } from './is-page';

/** A path as the context sees it: without the context's basePath. */
const inside = (context: ContextName, path: string) => path.slice(basePath(context).length) || '/';

const pages: [ContextName, string][] = [
  ['explore', href.explore.home()],
  ['explore', href.explore.products()],
  ['explore', href.explore.products('classic')],
  ['explore', href.explore.stores()],
  ['decide', href.decide.product('CL-01', 'CL-01-GR').split('?')[0] ?? ''],
  ['checkout', href.checkout.cart()],
  ['checkout', href.checkout.checkout()],
  ['checkout', href.checkout.thanks()],
];

describe('isPage', () => {
  it.each(pages)('takes the %s page %s for a page', (context, path) => {
    expect(isPage(inside(context, path))).toBe(true);
  });

  it.each(contextNames)('leaves out the API, fragments and element assets of %s', (context) => {
    expect(isPage(inside(context, trpcPath(context)))).toBe(false);
    expect(isPage(inside(context, `${trpcPath(context)}/cart.get`))).toBe(false);
    expect(isPage(inside(context, elementPath(context, 'header.js')))).toBe(false);
  });

  it.each(Object.keys(fragments) as FragmentId[])('leaves out the fragment %s', (id) => {
    const { context, name } = fragments[id];
    expect(isPage(inside(context, fragmentPath(context, name)))).toBe(false);
  });

  it('leaves out everything in the root context’s own namespace, and Next’s assets', () => {
    const root = contextNames.find((context) => basePath(context) === '');
    expect(root).toBeDefined();
    const own = namespace(root ?? 'explore');
    expect(isPage(`${own}/images/tractor/CL-01-GR`)).toBe(false);
    expect(isPage(inside(root ?? 'explore', href.explore.icon()))).toBe(false);
    expect(isPage('/_next/static/chunks/main')).toBe(false);
  });

  it('takes a path that only looks like a namespace or an API folder for a page', () => {
    expect(isPage('/explorers')).toBe(true);
    expect(isPage('/products/api')).toBe(true);
  });
});

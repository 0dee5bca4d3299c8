import { describe, expect, it } from 'vitest';
import { documentCacheControl, documentHeaders } from './document-cache';

/** Next matches `source` against the path inside the basePath, the way path-to-regexp compiles `:path(re)`. */
const matches = (source: string, path: string) => {
  const inner = /^\/:path\((.*)\)$/.exec(source)?.[1];
  if (inner === undefined) throw new Error(`unexpected source ${source}`);
  return new RegExp(`^/${inner}$`).test(path);
};

describe('documentHeaders', () => {
  it('sends page documents private, no-cache, never no-store', () => {
    expect(documentCacheControl).toBe('private, no-cache');
    const [entry] = documentHeaders('checkout');
    expect(entry?.has).toEqual([{ type: 'header', key: 'sec-fetch-dest', value: 'document' }]);
    expect(entry?.headers).toEqual([{ key: 'cache-control', value: 'private, no-cache' }]);
  });

  it.each([
    ['explore', ['/', '/products', '/products/classic', '/stores', '/explorer'], ['/explore/api/trpc/x', '/explore/fragments/header', '/explore/images/tractor/a.svg']],
    ['decide', ['/', '/CL-01'], ['/api/trpc/product.byId', '/fragments/anything']],
    ['checkout', ['/cart', '/checkout', '/thanks'], ['/api/trpc/cart.get', '/fragments/mini-cart', '/images/x.svg']],
  ] as const)('covers the pages of %s and leaves its API, fragments and images alone', (context, pages, handlers) => {
    const source = documentHeaders(context)[0]?.source ?? '';
    for (const path of pages) expect(matches(source, path), path).toBe(true);
    for (const path of handlers) expect(matches(source, path), path).toBe(false);
  });
});

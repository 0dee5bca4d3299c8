import { describe, expect, it } from 'vitest';
import { basePath, contextNames, contexts, elementPath, fragmentPath, namespace, trpcPath } from './routes';
import { isUnder, matchContext, rootContext } from './match';

describe('route manifest', () => {
  it('gives every context its own mount, port, database port and directory', () => {
    const values = (key: 'mount' | 'port' | 'databasePort' | 'directory') => contextNames.map((name) => contexts[name][key]);
    for (const key of ['mount', 'port', 'databasePort', 'directory'] as const) {
      expect(new Set(values(key)).size, key).toBe(contextNames.length);
    }
  });

  it('has exactly one root context', () => {
    expect(contextNames.filter((name) => contexts[name].mount === '/')).toEqual(['explore']);
    expect(rootContext()).toBe('explore');
  });

  it('spells mounts as one clean path segment', () => {
    for (const name of contextNames) {
      expect(contexts[name].mount).toMatch(/^\/([a-z][a-z0-9-]*)?$/);
      expect(contexts[name].directory).toBe(`apps/${name}`);
    }
  });

  it('derives basePath, namespace and endpoints from the mount', () => {
    expect(basePath('explore')).toBe('');
    expect(basePath('checkout')).toBe('/checkout');
    expect(namespace('explore')).toBe('/explore');
    expect(namespace('decide')).toBe('/product');
    expect(trpcPath('explore')).toBe('/explore/api/trpc');
    expect(trpcPath('checkout')).toBe('/checkout/api/trpc');
    expect(fragmentPath('checkout', 'mini-cart')).toBe('/checkout/fragments/mini-cart');
    expect(elementPath('explore', 'header.css', 'abc')).toBe('/explore-elements/header.css?v=abc');
    expect(elementPath('checkout', 'mini-cart.js')).toBe('/checkout/elements/mini-cart.js');
  });

  it('keeps namespaces apart, so no context can shadow another', () => {
    const spaces = contextNames.map(namespace);
    expect(new Set(spaces).size).toBe(spaces.length);
    for (const name of contextNames) expect(matchContext(`${namespace(name)}/api/trpc`)).toBe(name);
  });
});

describe('matchContext', () => {
  it.each([
    ['/', 'explore'],
    ['/products', 'explore'],
    ['/products/classic', 'explore'],
    ['/stores', 'explore'],
    ['/product', 'decide'],
    ['/product/CL-01', 'decide'],
    ['/product/_next/static/chunk.js', 'decide'],
    ['/checkout', 'checkout'],
    ['/checkout/cart', 'checkout'],
    ['/checkoutx', 'explore'],
    ['/checkout-old/cart', 'explore'],
    ['/productx/CL-01', 'explore'],
    ['/_next/static/chunk.js', 'explore'],
  ])('%s belongs to %s', (path, context) => {
    expect(matchContext(path)).toBe(context);
  });

  it('matches only on segment boundaries', () => {
    expect(isUnder('/checkout', '/checkout')).toBe(true);
    expect(isUnder('/checkout/', '/checkout')).toBe(true);
    expect(isUnder('/checkoutx', '/checkout')).toBe(false);
    expect(isUnder('/anything', '/')).toBe(true);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSiteAssets, routeSite } from './site-assets';

const dir = mkdtempSync(join(tmpdir(), 'site-assets-'));
for (const file of ['BUILD_ID', 'robots.txt', '_next/static/chunks/a.js', '_next/b.txt', 'explore/elements/header.js', 'elements/mini-cart.js', '.well-known/security.txt', 'about.html']) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), file);
}
const assets = indexSiteAssets(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('indexSiteAssets', () => {
  it('keeps top-level files and expanded folders’ files as single keys, other folders whole', () => {
    expect([...assets.files].sort()).toEqual(['/.well-known/security.txt', '/BUILD_ID', '/_next/b.txt', '/about.html', '/robots.txt']);
    expect([...assets.folders].sort()).toEqual(['/_next/static', '/elements', '/explore']);
  });
});

describe('routeSite (as SST’s CloudFront function)', () => {
  it('serves single files, with .html and index.html fallbacks', () => {
    expect(routeSite(assets, '/robots.txt', '')).toEqual({ origin: 's3', key: '/robots.txt' });
    expect(routeSite(assets, '/about', '')).toEqual({ origin: 's3', key: '/about.html' });
  });

  it('strips the basePath before looking, since assets are stored without it', () => {
    expect(routeSite(assets, '/checkout/elements/mini-cart.js', '/checkout')).toEqual({ origin: 's3', key: '/elements/mini-cart.js' });
    expect(routeSite(assets, '/checkout/_next/static/chunks/a.js', '/checkout')).toEqual({ origin: 's3', key: '/_next/static/chunks/a.js' });
  });

  it('sends every path under an assets folder to S3, existing or not', () => {
    expect(routeSite(assets, '/_next/static/chunks/missing.js', '')).toEqual({ origin: 's3', key: '/_next/static/chunks/missing.js' });
    expect(routeSite(assets, '/explore/fragments/header', '')).toEqual({ origin: 's3', key: '/explore/fragments/header/index.html' });
  });

  it('sends the image optimizer its path and everything else to the server', () => {
    expect(routeSite(assets, '/_next/image', '')).toEqual({ origin: 'image-optimizer' });
    expect(routeSite(assets, '/products/classic', '')).toEqual({ origin: 'server' });
    expect(routeSite(assets, '/checkout/cart', '/checkout')).toEqual({ origin: 'server' });
    expect(routeSite(assets, '/%E0%A4%A', '')).toEqual({ origin: 'server' });
  });
});

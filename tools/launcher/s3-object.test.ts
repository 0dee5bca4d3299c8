import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheControlFor, sendS3Object } from './s3-object';
import { withServer } from '@tractor/testing';

const dir = mkdtempSync(join(tmpdir(), 's3-object-'));
mkdirSync(join(dir, 'elements'));
writeFileSync(join(dir, 'elements', 'mini-cart.js'), 'customElements.define("checkout-mini-cart", class extends HTMLElement {});');
writeFileSync(join(tmpdir(), 'outside.txt'), 'secret');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (key: string, init?: RequestInit) => withServer((req, res) => void sendS3Object(req, res, dir, key), (origin) => fetch(origin, init));

describe('sendS3Object', () => {
  it('serves a file with its type and SST’s cache headers', async () => {
    const response = await get('/elements/mini-cart.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=UTF-8');
    expect(response.headers.get('cache-control')).toBe(cacheControlFor('/elements/mini-cart.js'));
    expect(await response.text()).toContain('checkout-mini-cart');
  });

  it('answers 304 for the current ETag', async () => {
    const etag = (await get('/elements/mini-cart.js')).headers.get('etag') ?? '';
    expect((await get('/elements/mini-cart.js', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('answers 403 for a missing key or a path outside the bucket, as S3 behind CloudFront does', async () => {
    expect((await get('/elements/none.js')).status).toBe(403);
    expect((await get('/../outside.txt')).status).toBe(403);
  });

  it('caches content-hashed files for a year and the rest at the edge only', () => {
    expect(cacheControlFor('/_next/static/chunks/a.js')).toBe('public,max-age=31536000,immutable');
    expect(cacheControlFor('/elements/mini-cart.js')).toBe('public,max-age=0,s-maxage=86400,stale-while-revalidate=86400');
  });
});

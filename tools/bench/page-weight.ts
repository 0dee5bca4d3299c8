/**
 * What a browser downloads to show one page for the first time: the HTML, every script the page
 * loads (Next's chunks and custom-element modules, inside fragments too) and every stylesheet,
 * each counted once and gzipped as a server would send it.
 */
import { gzipSync } from 'node:zlib';
import { countFallbacks } from './load-tally';

export interface PageWeight {
  readonly status: number;
  readonly html: number;
  readonly js: number;
  readonly css: number;
  readonly scripts: number;
  readonly stylesheets: number;
  /** Stylesheets plus classic scripts without async/defer: requests the first paint waits for. */
  readonly renderBlocking: number;
  /** Fragments that fell back to a placeholder: their assets are missing from the figures. */
  readonly fallbacks: number;
}

const tagPattern = /<(script|link)\b([^>]*)>/gi;
const attributePattern = /([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(attributePattern)) {
    const [, name = '', double, single, bare] = match;
    found.set(name.toLowerCase(), (double ?? single ?? bare ?? '').replaceAll('&amp;', '&'));
  }
  return found;
}

export interface PageAssets {
  readonly scripts: string[];
  readonly stylesheets: string[];
  readonly renderBlocking: number;
}

/** Script and stylesheet URLs a page's HTML asks for, resolved against the page, without duplicates. */
export function pageAssets(html: string, pageUrl: string): PageAssets {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  let renderBlocking = 0;
  for (const [, tag = '', rest = ''] of html.matchAll(tagPattern)) {
    const attrs = attributes(rest);
    if (tag.toLowerCase() === 'script') {
      const src = attrs.get('src');
      // Modern browsers skip `nomodule` scripts (Next's legacy polyfills): never downloaded, not counted.
      if (!src || attrs.has('nomodule')) continue;
      scripts.add(new URL(src, pageUrl).href);
      if (!attrs.has('async') && !attrs.has('defer') && attrs.get('type') !== 'module') renderBlocking += 1;
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const url = new URL(href, pageUrl).href;
      if (!stylesheets.has(url)) renderBlocking += 1;
      stylesheets.add(url);
    } else if (rel.includes('modulepreload') || (rel.includes('preload') && attrs.get('as') === 'script')) {
      scripts.add(new URL(href, pageUrl).href);
    }
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets], renderBlocking };
}

export const gzipBytes = (body: Uint8Array | string): number => gzipSync(body).byteLength;

async function assetBytes(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return gzipBytes(new Uint8Array(await response.arrayBuffer()));
}

export async function weighPage(url: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  // A warm-up view first, so the figures are those of a page with every fragment in place.
  await (await fetch(url, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' })).arrayBuffer();
  const response = await fetch(url, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' });
  const html = await response.text();
  const assets = pageAssets(html, url);
  const sizes = async (urls: string[]) => (await Promise.all(urls.map(assetBytes))).reduce((a, b) => a + b, 0);
  const [js, css] = await Promise.all([sizes(assets.scripts), sizes(assets.stylesheets)]);
  return {
    status: response.status,
    html: gzipBytes(html),
    js,
    css,
    scripts: assets.scripts.length,
    stylesheets: assets.stylesheets.length,
    renderBlocking: assets.renderBlocking,
    fallbacks: countFallbacks(html),
  };
}

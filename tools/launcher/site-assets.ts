/**
 * What CloudFront does for one Next.js app before its Lambda sees a request, as SST 4's router
 * function does it: files from `.open-next/assets` (uploaded without the basePath) answer from S3,
 * either by exact file or because the path falls in one of the assets' top-level folders (every
 * request under such a folder goes to S3, found or not); `/_next/image` goes to the image
 * optimizer; everything else to the server function.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders SST looks into instead of routing them whole: `_next` by one more level. */
const expanded = ['.well-known', '_next'];

export interface SiteAssets {
  /** Keys of single files, as `/path/file.ext`. */
  files: Set<string>;
  /** Folder prefixes served from S3 as a whole (`/_next/static`, `/explore`). */
  folders: string[];
}

export type SiteRoute =
  | { origin: 's3'; key: string }
  | { origin: 'image-optimizer' }
  | { origin: 'server' };

export function indexSiteAssets(assetsDir: string): SiteAssets {
  const assets: SiteAssets = { files: new Set(), folders: [] };
  const visit = (relative: string, level: number) => {
    for (const entry of readdirSync(join(assetsDir, relative), { withFileTypes: true })) {
      const path = `${relative}/${entry.name}`;
      if (entry.isFile()) assets.files.add(path);
      else if (entry.isDirectory() && level === 0 && expanded.includes(entry.name)) visit(path, level + 1);
      else if (entry.isDirectory()) assets.folders.push(path);
    }
  };
  visit('', 0);
  return assets;
}

function decoded(uri: string): string | undefined {
  try {
    return decodeURIComponent(uri);
  } catch {
    return undefined;
  }
}

/** `uri` is the raw request path; `base` the app's basePath ('' for the root app). */
export function routeSite(assets: SiteAssets, uri: string, base: string): SiteRoute {
  const baseless = base ? uri.replace(base, '') : uri;
  const path = decoded(baseless);
  if (path !== undefined) {
    for (const suffix of path.endsWith('/') ? ['index.html'] : ['', '.html', '/index.html']) {
      if (assets.files.has(path + suffix)) return { origin: 's3', key: path + suffix };
    }
  }
  const folder = assets.folders.find((prefix) => baseless.startsWith(prefix));
  if (folder !== undefined) {
    const last = baseless.split('/').pop() ?? '';
    const key = baseless.endsWith('/') ? `${baseless}index.html` : last.includes('.') ? baseless : `${baseless}/index.html`;
    return { origin: 's3', key: decoded(key) ?? key };
  }
  if (baseless.startsWith('/_next/image')) return { origin: 'image-optimizer' };
  return { origin: 'server' };
}

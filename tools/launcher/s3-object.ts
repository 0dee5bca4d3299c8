/**
 * Answers a request routed to S3 the way the assets bucket would through CloudFront: the file
 * with the cache headers SST uploads it with, 304 for a matching ETag, and 403 (not 404) for a key
 * that does not exist, since the bucket only grants CloudFront `GetObject`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.js': 'text/javascript; charset=UTF-8',
  '.mjs': 'text/javascript; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml; charset=UTF-8',
  '.txt': 'text/plain; charset=UTF-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/vnd.microsoft.icon',
  '.woff2': 'font/woff2',
};

/** SST's upload headers: files under `_next/` carry content hashes, the rest may change per deploy. */
export function cacheControlFor(key: string): string {
  return key.startsWith('/_next/') ? 'public,max-age=31536000,immutable' : 'public,max-age=0,s-maxage=86400,stale-while-revalidate=86400';
}

async function read(assetsDir: string, key: string): Promise<Buffer | undefined> {
  const path = normalize(join(assetsDir, key));
  if (!path.startsWith(normalize(assetsDir) + sep)) return undefined;
  return readFile(path).catch(() => undefined);
}

export async function sendS3Object(req: IncomingMessage, res: ServerResponse, assetsDir: string, key: string): Promise<void> {
  const body = req.method === 'GET' || req.method === 'HEAD' ? await read(assetsDir, key) : undefined;
  if (!body) {
    res.writeHead(403, { 'content-type': 'application/xml', 'x-cache': 'Error from cloudfront' });
    res.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
    return;
  }
  const etag = `"${createHash('md5').update(body).digest('hex')}"`;
  const headers = { etag, 'cache-control': cacheControlFor(key), 'content-type': types[extname(key)] ?? 'application/octet-stream' };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

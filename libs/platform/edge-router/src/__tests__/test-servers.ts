/**
 * Real servers on ephemeral ports for the router's tests: fake context upstreams, a router in
 * front of them, and a client that reports raw headers. Nothing here binds a fixed port.
 */
import { request, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import { contextNames, type ContextName } from '@tractor/contracts';
import { deadOrigin } from '@tractor/testing';
import { createEdgeRouter, type EdgeRouter, type EdgeRouterOptions } from '../create-edge-router';
import type { Upstreams } from '../upstreams';

/** A fake context behind the router: a real server on an ephemeral port. */
export { deadOrigin, startServer as startUpstream, type TestServer as TestUpstream } from '@tractor/testing';

export interface TestRouter {
  readonly router: EdgeRouter;
  readonly url: string;
  readonly port: number;
  readonly lines: string[];
}

/**
 * A router in front of the given upstreams. A context the test leaves out answers from a closed port,
 * so a context added to the manifest needs no edit here.
 */
export async function startRouter(origins: Partial<Record<ContextName, string>>, options: Omit<EdgeRouterOptions, 'upstreams' | 'log'> = {}): Promise<TestRouter> {
  const closed = await deadOrigin();
  const upstreams = Object.fromEntries(contextNames.map((name) => [name, { origin: origins[name] ?? closed }])) as Upstreams;
  const lines: string[] = [];
  const router = createEdgeRouter({ ...options, upstreams, log: (line) => lines.push(line) });
  const { port } = await router.listen(0, '127.0.0.1');
  return { router, url: `http://127.0.0.1:${port}`, port, lines };
}

export interface TestResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly rawHeaders: string[];
  readonly body: string;
}

export interface TestRequest {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** One request on a fresh connection (no pooling), body read to the end. */
export function send(url: string, init: TestRequest = {}): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Resolves once `count` log lines have been written (the line is written when the response closes). */
export async function waitForLines(lines: string[], count: number): Promise<void> {
  for (let i = 0; i < 100 && lines.length < count; i++) await new Promise((r) => setTimeout(r, 10));
  if (lines.length < count) throw new Error(`expected ${count} log lines, got ${lines.length}`);
}

/** What an echo upstream saw, sent back as JSON. */
export interface Seen {
  readonly context: string;
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Echoes the request as `Seen`; a path ending in `/status/<code>` answers with that status instead. */
export function echo(context: string): RequestListener {
  return async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.from(chunk));
    const url = req.url ?? '';
    const status = /\/status\/(\d{3})$/.exec(url)?.[1];
    if (status) {
      res.writeHead(Number(status), { 'content-type': 'text/plain' });
      res.end(`status from ${context}`);
      return;
    }
    const seen: Seen = { context, method: req.method ?? '', url, headers: req.headers, body: Buffer.concat(chunks).toString() };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(seen));
  };
}

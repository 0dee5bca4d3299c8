import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { installRequestTelemetry } from './request-telemetry';
import { recordServerTiming } from './server-timing';

const lines: Record<string, unknown>[] = [];
let server: Server;
let origin: string;

/** Like a page: includes finish (in later ticks) before the head is written. */
const render = async (req: IncomingMessage, res: ServerResponse) => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  recordServerTiming({ name: 'include.explore.header', ms: 4.2, description: 'explore/header ok' });
  await Promise.resolve();
  recordServerTiming({ name: 'include.checkout.mini-cart', ms: 300, description: 'checkout/mini-cart timeout (fallback)' });
  if (req.url === '/explicit') res.writeHead(201, { 'content-type': 'text/html' }).end('<p>made</p>');
  else res.end('<p>page</p>');
};

beforeAll(async () => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  installRequestTelemetry({ context: 'decide', log: createLogger({ context: 'decide' }, (line) => lines.push(JSON.parse(line))) });
  server = createServer((req, res) =>
    // Like Next.js after a proxy ran: the page renders in a context extracted onto the empty root context.
    context.with(ROOT_CONTEXT, () => render(req, res)),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  context.disable();
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; timing: string }> {
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, timing: String(res.headers['server-timing'] ?? '') }));
    })
      .on('error', reject)
      .end();
  });
}

describe('installRequestTelemetry', () => {
  it('adds one Server-Timing entry per include and one for the render, per request', async () => {
    const [first, second] = await Promise.all([get('/product/CL-01'), get('/explicit')]);
    for (const { timing } of [first, second]) {
      expect(timing.split(', ')).toEqual([
        'include.explore.header;dur=4.2;desc="explore/header ok"',
        'include.checkout.mini-cart;dur=300.0;desc="checkout/mini-cart timeout (fallback)"',
        expect.stringMatching(/^render;dur=\d+\.\d;desc="decide until first byte"$/),
      ]);
    }
    expect(second?.status).toBe(201);
  });

  it('logs one JSON line per request with route, status, duration, request id and trace id', async () => {
    lines.length = 0;
    await get('/product/CL-01?sku=CL-01-GR', { 'x-request-id': 'req-42', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', context: 'decide', method: 'GET', route: '/product/CL-01', status: 200, ms: expect.any(Number), requestId: 'req-42', traceId: '4bf92f3577b34da6a3ce929d0e0e4736' }),
    ]);
  });
});

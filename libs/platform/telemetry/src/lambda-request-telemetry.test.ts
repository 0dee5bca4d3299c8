import { Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { withLambdaRequestTelemetry, type LambdaAnswer, type LambdaRequest } from './lambda-request-telemetry';
import { createLogger } from './logger';
import { installRequestTelemetry } from './request-telemetry';
import { recordServerTiming } from './server-timing';

function recorder() {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: createLogger({ context: 'decide' }, (line) => lines.push(JSON.parse(line) as Record<string, unknown>)) };
}

const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
const event = (rawPath: string, headers: Record<string, string> = {}): LambdaRequest => ({ method: 'GET', rawPath, headers });

/** Like OpenNext's handler rendering a page: includes finish in later ticks, then the answer. */
async function render(request: LambdaRequest): Promise<LambdaAnswer> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  recordServerTiming({ name: 'include.explore.header', ms: 4.2, description: 'explore/header ok' });
  await Promise.resolve();
  recordServerTiming({ name: `include.${request.rawPath.slice(1)}`, ms: 1, description: 'checkout/mini-cart ok' });
  return { statusCode: 200, headers: { 'content-type': 'text/html' } };
}

describe('withLambdaRequestTelemetry', () => {
  it('answers with one Server-Timing entry per include of this request and one for the render', async () => {
    const handle = withLambdaRequestTelemetry(render, { context: 'decide', log: recorder().log });
    const [first, second] = await Promise.all([handle(event('/first')), handle(event('/second'))]);
    expect(String(first.headers['server-timing']).split(', ')).toEqual([
      'include.explore.header;dur=4.2;desc="explore/header ok"',
      'include.first;dur=1.0;desc="checkout/mini-cart ok"',
      expect.stringMatching(/^render;dur=\d+\.\d;desc="decide until first byte"$/),
    ]);
    expect(String(second.headers['server-timing'])).toContain('include.second;');
    expect(String(second.headers['server-timing'])).not.toContain('include.first;');
  });

  it('keeps a Server-Timing header the app set itself, ahead of its own entries', async () => {
    const handle = withLambdaRequestTelemetry(async () => ({ statusCode: 200, headers: { 'server-timing': 'db;dur=2' } }), { context: 'decide', log: recorder().log });
    expect((await handle(event('/page'))).headers['server-timing']).toMatch(/^db;dur=2, render;dur=/);
  });

  it('logs one line per request with the ids the request carried, whatever their case', async () => {
    const { lines, log } = recorder();
    const handle = withLambdaRequestTelemetry(render, { context: 'decide', log });
    await handle(event('/product/CL-01', { 'X-Request-Id': 'req-7', traceparent: `00-${traceId}-00f067aa0ba902b7-01` }));
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'request', context: 'decide', method: 'GET', route: '/product/CL-01', status: 200, requestId: 'req-7', traceId, ms: expect.any(Number) })]);
  });

  it('makes up a request id for an unsafe one, and logs nothing for static files', async () => {
    const { lines, log } = recorder();
    const handle = withLambdaRequestTelemetry(render, { context: 'decide', log });
    await handle(event('/product/CL-01', { 'x-request-id': 'no spaces\nplease' }));
    await handle(event('/product/_next/static/chunks/app.js'));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a warning with status 0 when the handler fails, and lets the failure through', async () => {
    const { lines, log } = recorder();
    const handle = withLambdaRequestTelemetry(async (): Promise<LambdaAnswer> => {
      throw new Error('render failed');
    }, { context: 'decide', log });
    await expect(handle(event('/product/CL-01'))).rejects.toThrow('render failed');
    expect(lines).toEqual([expect.objectContaining({ level: 'warn', msg: 'request', status: 0 })]);
  });
});

describe('installRequestTelemetry on Lambda', () => {
  it('leaves Node’s HTTP server alone: requests reach the handler through OpenNext there', () => {
    const emit = Server.prototype.emit;
    installRequestTelemetry({ context: 'decide', log: recorder().log, env: { AWS_LAMBDA_FUNCTION_NAME: 'decide-server' } });
    expect(Server.prototype.emit).toBe(emit);
  });
});

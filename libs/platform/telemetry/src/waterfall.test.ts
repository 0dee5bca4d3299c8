import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileSpanExporter } from './file-span-exporter';
import { findTrace } from './find-trace';
import { startServerSpan } from './server-span';
import { setShopTracerProvider } from './shop-tracer';
import { readSpans } from './trace-file';
import { waterfall } from './waterfall';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'traces-'));
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
});
afterAll(async () => {
  context.disable();
  await rm(dir, { recursive: true, force: true });
});

/**
 * Records a small page view with real SDK spans, written by the file exporter as `npm start` does:
 * the request span a server starts, named after the route Next reports on it.
 */
async function recordPageView(): Promise<string> {
  const exporter = new FileSpanExporter(join(dir, 'decide.jsonl'));
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': 'decide' }), spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('test');
  setShopTracerProvider(provider);
  const page = startServerSpan({ method: 'GET', target: '/product/CL-01', requestId: 'req-1', header: () => undefined });
  await page.run(async () => {
    trace.getActiveSpan()?.setAttribute('http.route', '/product/[id]');
    await tracer.startActiveSpan('include checkout/add-to-cart', { kind: SpanKind.CLIENT, attributes: { 'tractor.request_id': 'req-1' } }, async (include) => {
      include.setAttributes({ 'fragment.outcome': 'timeout', 'fragment.fallback': true });
      include.setStatus({ code: SpanStatusCode.ERROR, message: 'timeout' });
      include.end();
    });
    tracer.startSpan('trpc product.byId', { attributes: { 'trpc.outcome': 'ok' } }).end();
    tracer.startSpan('read decide:product', { attributes: { 'cache.outcome': 'hit' } }).end();
  });
  page.end(200);
  setShopTracerProvider(undefined);
  await provider.forceFlush();
  await provider.shutdown();
  return page.traceId ?? '';
}

describe('trace file and waterfall', () => {
  it('finds a page view by request id or as the last one, and prints it as a tree with outcomes', async () => {
    const traceId = await recordPageView();
    const spans = await readSpans(dir);
    expect(findTrace(spans, 'req-1').map((span) => span.traceId)).toEqual([traceId, traceId, traceId, traceId]);
    expect(findTrace(spans, 'last')).toHaveLength(4);
    expect(findTrace(spans, 'no-such-request')).toEqual([]);

    const text = waterfall(findTrace(spans, traceId));
    const rows = text.split('\n').slice(3);
    expect(rows[0]).toMatch(/^decide\s+GET \/product\/\[id\]\s+0\.0\s+\d+\.\d\s+200\s/);
    expect(rows[1]).toMatch(/^decide\s+ {2}include checkout\/add-to-cart\s.*timeout, fallback/);
    expect(rows[2]).toMatch(/^decide\s+ {2}trpc product\.byId\s.*\sok\s/);
    expect(rows[3]).toMatch(/^decide\s+ {2}read decide:product\s.*\scache hit\s/);
  });
});

describe('waterfall', () => {
  const span = (spanId: string, name: string, parentSpanId?: string) => ({ traceId: 't'.repeat(32), spanId, name, service: 'decide', start: 0, ms: 1, status: 'ok' as const, attributes: {}, ...(parentSpanId ? { parentSpanId } : {}) });

  it('leaves out framework plumbing and keeps what ran inside it, unless asked for all', () => {
    const spans = [span('a', 'GET /[id]'), span('b', 'resolve page components', 'a'), span('c', 'trpc product.byId', 'b'), span('d', 'include explore/header', 'a'), span('e', 'fetch GET http://x/explore/fragments/header', 'd')];
    const names = (text: string) => text.split('\n').slice(3).map((row) => row.slice(11, 60).trimEnd());
    expect(names(waterfall(spans))).toEqual(['GET /[id]', '  trpc product.byId', '  include explore/header']);
    expect(names(waterfall(spans, { all: true }))).toHaveLength(5);
  });
});

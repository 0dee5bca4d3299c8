import type { IncomingHttpHeaders } from 'node:http';
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { formatServerTiming, type RequestScope } from '@tractor/telemetry';
import { withRequestScope } from '@tractor/telemetry/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { includeFragment, publicFragments } from './include-fragment';
import { pause, startServer, type TestServer } from '@tractor/testing';

const spans = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
const servers: TestServer[] = [];
const quiet = { warn: () => undefined, info: () => undefined };

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
});
afterEach(async () => {
  publicFragments.clear();
  trace.disable();
  spans.reset();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(() => {
  context.disable();
  propagation.disable();
});

async function owner(answer: 'ok' | 'slow' | 'down', seen: IncomingHttpHeaders[] = []): Promise<string> {
  const server = await startServer(async (req, res) => {
    seen.push(req.headers);
    if (answer === 'slow') await pause(2000, req);
    if (answer === 'down') res.writeHead(503);
    res.end('<checkout-mini-cart></checkout-mini-cart>');
  });
  servers.push(server);
  return server.origin;
}

const pageTrace = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const request = new Headers({ 'x-request-id': 'req-7', traceparent: pageTrace });
const scope = (): RequestScope => ({ context: 'decide', requestId: 'req-7', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', timings: [] });

describe('include telemetry', () => {
  it('is one client span in the page trace whose context the owner receives as traceparent', async () => {
    trace.setGlobalTracerProvider(provider);
    const seen: IncomingHttpHeaders[] = [];
    const origin = await owner('ok', seen);
    const page = propagation.extract(context.active(), { traceparent: pageTrace });
    await context.with(page, () => includeFragment({ context: 'checkout', name: 'mini-cart', personal: true, request, origin, log: quiet }));

    const [span] = spans.getFinishedSpans();
    expect(span?.name).toBe('include checkout/mini-cart');
    expect(span?.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span?.attributes).toMatchObject({ 'fragment.name': 'checkout/mini-cart', 'fragment.owner': 'checkout', 'fragment.outcome': 'ok', 'fragment.fallback': false });
    expect(seen[0]?.traceparent).toBe(`00-4bf92f3577b34da6a3ce929d0e0e4736-${span?.spanContext().spanId}-01`);
  });

  it('says timeout and fallback on the span, in Server-Timing and in the log line', async () => {
    trace.setGlobalTracerProvider(provider);
    const origin = await owner('slow');
    const lines: Record<string, unknown>[] = [];
    const log = { warn: (_: string, fields?: Record<string, unknown>) => lines.push(fields ?? {}), info: () => undefined };
    const requestScope = scope();
    await withRequestScope(requestScope, () => includeFragment({ context: 'checkout', name: 'mini-cart', personal: true, request, origin, log, timeoutMs: 100 }));

    expect(spans.getFinishedSpans()[0]?.attributes).toMatchObject({ 'fragment.outcome': 'timeout', 'fragment.fallback': true });
    expect(formatServerTiming(requestScope.timings)).toMatch(/^include\.checkout\.mini-cart;dur=\d+(\.\d)?;desc="checkout\/mini-cart timeout \(fallback\)"$/);
    expect(lines).toEqual([expect.objectContaining({ fragment: 'checkout/mini-cart', outcome: 'timeout', fallback: true, requestId: 'req-7' })]);
  });

  it('calls a non-2xx answer non-2xx', async () => {
    trace.setGlobalTracerProvider(provider);
    const origin = await owner('down');
    await includeFragment({ context: 'checkout', name: 'mini-cart', personal: false, request, origin, log: quiet });
    expect(spans.getFinishedSpans()[0]?.attributes).toMatchObject({ 'fragment.outcome': 'non-2xx', 'http.response.status_code': 503 });
  });

  it('forwards the page’s own traceparent when no tracer runs, to public fragments too', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const origin = await owner('ok', seen);
    await includeFragment({ context: 'explore', name: 'footer', personal: false, request, origin, log: quiet });
    expect(seen[0]?.traceparent).toBe(pageTrace);
    expect(spans.getFinishedSpans()).toEqual([]);
  });
});

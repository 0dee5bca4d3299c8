import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServerSpan } from './server-span';
import { setShopTracerProvider, shopTracer } from './shop-tracer';

const spans = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const headers = (values: Record<string, string>) => (name: string) => values[name];

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
});
afterEach(() => {
  setShopTracerProvider(undefined);
  spans.reset();
});
afterAll(() => {
  context.disable();
  propagation.disable();
});

describe('the request span', () => {
  it("continues the edge's trace, parents what the request does, and is named after the route Next reports", () => {
    setShopTracerProvider(provider);
    const request = startServerSpan({ method: 'GET', target: '/product/CL-01?x=1', requestId: 'req-1', header: headers({ traceparent: incoming }) });
    request.run(() => {
      trace.getActiveSpan()?.setAttribute('http.route', '/product/[sku]');
      shopTracer('test').startSpan('include explore/header').end();
    });
    request.end(200);

    const [child, span] = spans.getFinishedSpans();
    expect(request.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span?.name).toBe('GET /product/[sku]');
    expect(span?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(span?.attributes).toMatchObject({ 'url.path': '/product/CL-01', 'http.target': '/product/CL-01?x=1', 'http.response.status_code': 200, 'tractor.request_id': 'req-1' });
    expect(child?.parentSpanContext?.spanId).toBe(span?.spanContext().spanId);
  });

  it('is named after the path when no route was reported, and marks a 5xx or a request never answered as an error', () => {
    setShopTracerProvider(provider);
    startServerSpan({ method: 'GET', target: '/checkout/fragments/mini-cart', requestId: 'req-2', header: headers({}) }).end(503);
    startServerSpan({ method: 'POST', target: '/checkout/cart', requestId: 'req-3', header: headers({}) }).end(0);

    const [failed, unanswered] = spans.getFinishedSpans();
    expect(failed?.name).toBe('GET /checkout/fragments/mini-cart');
    expect(failed?.status).toMatchObject({ code: 2, message: '503' });
    expect(unanswered?.status).toMatchObject({ code: 2, message: 'no answer' });
  });

  it('records nothing without a tracer, and still knows the trace the request arrived in', () => {
    const request = startServerSpan({ method: 'GET', target: '/', requestId: 'req-4', header: headers({ traceparent: incoming }) });
    request.run(() => expect(trace.getActiveSpan()?.isRecording()).toBe(false));
    request.end(200);
    expect(request.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(spans.getFinishedSpans()).toEqual([]);
  });
});

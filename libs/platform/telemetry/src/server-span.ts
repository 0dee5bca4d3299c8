import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import { shopTracer } from './shop-tracer';

export interface ServerSpanRequest {
  readonly method: string;
  /** Path and query as the request arrived (with the context's basePath). */
  readonly target: string;
  readonly requestId: string;
  /** A request header's value by its lower-case name. */
  readonly header: (name: string) => string | undefined;
}

export interface ServerSpan {
  readonly traceId: string | undefined;
  /** Runs the request's handling with this span as the active parent of every span it makes. */
  run<T>(handle: () => T): T;
  /** `status` 0: no answer was sent. */
  end(status: number): void;
}

/**
 * The span of one request a context serves: the root of the context's part of the page view,
 * continuing the trace the request's `traceparent` names (the edge starts one for every request).
 *
 * Next.js records no spans of its own here (see `shop-tracer.ts`), but while a recording span is
 * active it still reports the route it matched as `http.route` on it; the span is then named
 * `GET /product/[sku]` after the route, as OpenTelemetry's HTTP conventions ask, else after the path.
 */
export function startServerSpan({ method, target, requestId, header }: ServerSpanRequest): ServerSpan {
  const parent = propagation.extract(ROOT_CONTEXT, undefined, { get: (_carrier, key) => header(key), keys: () => ['traceparent', 'tracestate'] });
  const path = target.split('?')[0] ?? '/';
  const attributes = { 'http.request.method': method, 'url.path': path, 'http.target': target, 'tractor.request_id': requestId };
  const span = shopTracer('@tractor/telemetry').startSpan(`${method} ${path}`, { kind: SpanKind.SERVER, attributes }, parent);
  const active = trace.setSpan(parent, span);
  const spanContext = span.spanContext();
  return {
    traceId: trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined,
    run: (handle) => context.with(active, handle),
    end(status) {
      if (!span.isRecording()) return;
      const route = attributesOf(span)?.['http.route'];
      if (typeof route === 'string') span.updateName(`${method} ${route}`);
      span.setAttribute('http.response.status_code', status);
      if (status >= 500 || status === 0) span.setStatus({ code: SpanStatusCode.ERROR, message: status === 0 ? 'no answer' : String(status) });
      span.end();
    },
  };
}

/** A recording span's attributes so far (the SDK's spans expose them; the API's interface does not). */
function attributesOf(span: Span): Attributes | undefined {
  return (span as Span & { readonly attributes?: Attributes }).attributes;
}

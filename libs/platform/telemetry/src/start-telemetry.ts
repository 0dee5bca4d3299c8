/**
 * Starts a context's telemetry, once per server process, from the app's `instrumentation.ts`.
 *
 * Where spans go is chosen by the standard OpenTelemetry variables: with `OTEL_TRACES_EXPORTER`
 * (and `OTEL_EXPORTER_OTLP_*`) the exporter it names (`span-exporter.ts`); without it, spans go to
 * `<SHOP_TRACES_DIR>/<context>.jsonl` when the launcher sets that folder; with neither, with
 * `OTEL_TRACES_EXPORTER=none` or with `OTEL_SDK_DISABLED=true`, nothing is traced. Server-Timing
 * and the request log work either way.
 *
 * What it costs, and the knobs (all standard, read by OpenTelemetry itself):
 * - Sampling: `OTEL_TRACES_SAMPLER` / `OTEL_TRACES_SAMPLER_ARG`. The edge marks every trace it
 *   starts as sampled, so a `parentbased_*` sampler keeps them all; `traceidratio` with a ratio
 *   keeps a share, and since the decision depends only on the trace id, every context keeps or
 *   drops the same page views whole.
 * - Batching: spans are written in batches once a second (`OTEL_BSP_SCHEDULE_DELAY` and the other
 *   `OTEL_BSP_*` variables override it), by an exporter that never blocks the request.
 * - Resource: `service.name` is the context, unless `OTEL_SERVICE_NAME` / `OTEL_RESOURCE_ATTRIBUTES` say otherwise.
 * - Only traces, and only the parts of OpenTelemetry they need: a tracer provider, the
 *   AsyncLocalStorage context manager and the W3C trace-context propagator. No metrics or logs SDK
 *   (logs are pino's JSON lines; CloudWatch makes the metrics from them and from Lambda's own).
 * - Only the shop's own spans: the provider is kept out of OpenTelemetry's global registry
 *   (`shop-tracer.ts`). Next.js records a span for each step of every request whenever a global
 *   provider is registered; with none it records nothing, and the request span (`server-span.ts`)
 *   takes the place of its root span.
 * - Prisma's serialisation spans (microseconds each, one per query) are not made at all, nor
 *   Next's span per server fetch (`NEXT_OTEL_FETCH_DISABLED=0` brings it back).
 * - No hook on `require()`: OpenTelemetry's instrumentation base class installs one
 *   (require-in-the-middle) to patch modules as they load. Prisma's instrumentation patches none
 *   (the client asks a global helper it sets), and the hook made every `require()` Next runs per
 *   request resolve its file again, several percent of a fragment's CPU.
 */
import Module from 'node:module';
import { join } from 'node:path';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import { FileSpanExporter } from './file-span-exporter';
import { createLogger } from './logger';
import { installRequestTelemetry } from './request-telemetry';
import { setShopTracerProvider } from './shop-tracer';
import { spanExporterFromEnv } from './span-exporter';

export interface TelemetryOptions {
  /** The context's name: the service name of its spans and the `context` of its log lines. */
  readonly context: string;
  readonly env?: NodeJS.ProcessEnv;
}

interface Running {
  readonly provider: BasicTracerProvider;
  readonly prisma: PrismaInstrumentation;
}

let running: Promise<Running | undefined> | undefined;

export async function startTelemetry({ context, env = process.env }: TelemetryOptions): Promise<void> {
  installRequestTelemetry({ context, log: createLogger({ context }) });
  running ??= startTracing(context, env);
  await running;
}

async function startTracing(context: string, env: NodeJS.ProcessEnv): Promise<Running | undefined> {
  if (env.OTEL_SDK_DISABLED === 'true') return undefined;
  const dir = env.SHOP_TRACES_DIR;
  const exporter: SpanExporter | undefined = env.OTEL_TRACES_EXPORTER ? await spanExporterFromEnv(env) : dir ? new FileSpanExporter(join(dir, `${context}.jsonl`)) : undefined;
  // No tracer: the request scope (Server-Timing, log ids) follows async work in its own store.
  if (!exporter) return undefined;
  // Next's own span per server fetch would repeat the include span around it (`0` brings it back).
  env.NEXT_OTEL_FETCH_DISABLED ??= '1';
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': context }).merge(detectResources({ detectors: [envDetector] })),
    // The local trace file is written once a second unless `OTEL_BSP_SCHEDULE_DELAY` says otherwise (the processor reads it).
    spanProcessors: [new BatchSpanProcessor(exporter, env.OTEL_TRACES_EXPORTER || env.OTEL_BSP_SCHEDULE_DELAY ? {} : { scheduledDelayMillis: 1000 })],
  });
  otelContext.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  setShopTracerProvider(provider);
  const prisma = withoutRequireHook(() => {
    // Enabled only now: Prisma's instrumentation takes its tracer provider when it is enabled.
    const made = new PrismaInstrumentation({ enabled: false, ignoreSpanTypes: ['prisma:client:serialize'] });
    made.setTracerProvider(provider);
    made.enable();
    return made;
  });
  return { provider, prisma };
}

/** Runs `make`, which builds an instrumentation that patches no module, leaving `require()` as it was. */
export function withoutRequireHook<T>(make: () => T): T {
  const require = Module.prototype.require;
  try {
    return make();
  } finally {
    Module.prototype.require = require;
  }
}

/** Flushes and stops the tracer, e.g. before a test process exits. */
export async function stopTelemetry(): Promise<void> {
  const stopping = await running?.catch(() => undefined);
  running = undefined;
  if (!stopping) return;
  stopping.prisma.disable();
  setShopTracerProvider(undefined);
  await stopping.provider.shutdown();
  otelContext.disable();
  propagation.disable();
}

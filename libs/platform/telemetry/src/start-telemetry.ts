/**
 * Starts a context's telemetry, once per server process, from the app's `instrumentation.ts`.
 *
 * Where spans go is chosen by the standard OpenTelemetry variables: with `OTEL_TRACES_EXPORTER`
 * (and `OTEL_EXPORTER_OTLP_*`) the SDK builds the exporter itself; without it, spans go to
 * `<SHOP_TRACES_DIR>/<context>.jsonl` when the launcher sets that folder; with neither, with
 * `OTEL_TRACES_EXPORTER=none` or with `OTEL_SDK_DISABLED=true`, nothing is traced. Server-Timing
 * and the request log work either way.
 *
 * What it costs, and the knobs (all standard, read by the SDK itself):
 * - Sampling: `OTEL_TRACES_SAMPLER` / `OTEL_TRACES_SAMPLER_ARG`. The edge marks every trace it
 *   starts as sampled, so a `parentbased_*` sampler keeps them all; `traceidratio` with a ratio
 *   keeps a share, and since the decision depends only on the trace id, every context keeps or
 *   drops the same page views whole.
 * - Batching: spans are written in batches once a second (`OTEL_BSP_SCHEDULE_DELAY` and the other
 *   `OTEL_BSP_*` variables override it), by an exporter that never blocks the request.
 * - Prisma's serialisation spans (microseconds each, one per query) are not made at all, nor
 *   Next's span per server fetch, which repeats the include span around it
 *   (`NEXT_OTEL_FETCH_DISABLED=0` brings them back).
 * - Only traces: no meter or logger provider unless `OTEL_METRICS_EXPORTER` / `OTEL_LOGS_EXPORTER`
 *   ask for one (the SDK would otherwise start OTLP exporters for both, to nowhere).
 * - No hook on `require()`: OpenTelemetry's instrumentation base class installs one
 *   (require-in-the-middle) to patch modules as they load. Prisma's instrumentation patches none
 *   (the client asks a global helper it sets), and the hook made every `require()` Next runs per
 *   request resolve its file again, several percent of a fragment's CPU.
 */
import Module from 'node:module';
import { join } from 'node:path';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import { FileSpanExporter } from './file-span-exporter';
import { createLogger } from './logger';
import { installRequestTelemetry } from './request-telemetry';

export interface TelemetryOptions {
  /** The context's name: the service name of its spans and the `context` of its log lines. */
  readonly context: string;
  readonly env?: NodeJS.ProcessEnv;
}

let sdk: NodeSDK | undefined;

export function startTelemetry({ context, env = process.env }: TelemetryOptions): void {
  installRequestTelemetry({ context, log: createLogger({ context }) });
  if (sdk) return;
  const disabled = env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none';
  const fromEnv = Boolean(env.OTEL_TRACES_EXPORTER);
  const dir = env.SHOP_TRACES_DIR;
  // No tracer: the request scope (Server-Timing, log ids) follows async work in its own store.
  if (disabled || (!fromEnv && !dir)) return;
  env.NEXT_OTEL_FETCH_DISABLED ??= '1';
  sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? context,
    ...(env.OTEL_METRICS_EXPORTER ? {} : { metricReaders: [] }),
    ...(env.OTEL_LOGS_EXPORTER ? {} : { logRecordProcessors: [] }),
    instrumentations: [withoutRequireHook(() => new PrismaInstrumentation({ ignoreSpanTypes: ['prisma:client:serialize'] }))],
    ...(fromEnv || !dir ? {} : { spanProcessors: [fileProcessor(join(dir, `${context}.jsonl`), env)] }),
  });
  sdk.start();
}

/** Makes an instrumentation that patches no module, leaving `require()` as it was. */
export function withoutRequireHook<T>(make: () => T): T {
  const require = Module.prototype.require;
  try {
    return make();
  } finally {
    Module.prototype.require = require;
  }
}

/** Batches for the local trace file: once a second unless `OTEL_BSP_SCHEDULE_DELAY` says otherwise (the SDK reads it). */
function fileProcessor(file: string, env: NodeJS.ProcessEnv): BatchSpanProcessor {
  return new BatchSpanProcessor(new FileSpanExporter(file), env.OTEL_BSP_SCHEDULE_DELAY ? {} : { scheduledDelayMillis: 1000 });
}

/** Flushes and stops the tracer, e.g. before a test process exits. */
export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
}

/**
 * Starts a context's telemetry, once per server process, from the app's `instrumentation.ts`.
 *
 * Where spans go is chosen by the standard OpenTelemetry variables: with `OTEL_TRACES_EXPORTER`
 * (and `OTEL_EXPORTER_OTLP_*`) the SDK builds the exporter itself; without it, spans go to
 * `<SHOP_TRACES_DIR>/<context>.jsonl` when the launcher sets that folder; with neither, with
 * `OTEL_TRACES_EXPORTER=none` or with `OTEL_SDK_DISABLED=true`, nothing is traced. Server-Timing
 * and the request log work either way.
 */
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
  sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? context,
    instrumentations: [new PrismaInstrumentation()],
    ...(fromEnv || !dir ? {} : { spanProcessors: [new BatchSpanProcessor(new FileSpanExporter(join(dir, `${context}.jsonl`)), { scheduledDelayMillis: 200 })] }),
  });
  sdk.start();
}

/** Flushes and stops the tracer, e.g. before a test process exits. */
export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
}

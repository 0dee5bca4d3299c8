import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

/** `OTEL_TRACES_EXPORTER` or `OTEL_EXPORTER_OTLP_*PROTOCOL` names something this shop does not ship. */
export class TelemetryConfigError extends Error {
  override readonly name = 'TelemetryConfigError';
}

const exporters = ['otlp', 'console', 'none'] as const;
const protocols = ['http/protobuf', 'http/json', 'grpc'] as const;

type Protocol = (typeof protocols)[number];

/**
 * The exporter `OTEL_TRACES_EXPORTER` asks for, by the standard variables: `otlp` over the protocol
 * `OTEL_EXPORTER_OTLP_TRACES_PROTOCOL` / `OTEL_EXPORTER_OTLP_PROTOCOL` names (`http/protobuf` by
 * default), `console`, or `none` (undefined). Each exporter reads its endpoint and headers from
 * the `OTEL_EXPORTER_OTLP_*` variables itself.
 *
 * Only the chosen exporter is loaded, when asked for: OpenTelemetry's all-in-one Node SDK loads
 * every exporter, metrics and logs with it (460 modules, half a second of a cold start and a heap
 * several megabytes larger, which every garbage collection then walks).
 */
export async function spanExporterFromEnv(env: NodeJS.ProcessEnv): Promise<SpanExporter | undefined> {
  const names = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(exporters as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length !== 1) {
    throw new TelemetryConfigError(`OTEL_TRACES_EXPORTER must be one of ${exporters.join(', ')}; got "${env.OTEL_TRACES_EXPORTER ?? ''}"`);
  }
  if (names[0] === 'none') return undefined;
  if (names[0] === 'console') return new (await import('@opentelemetry/sdk-trace-base')).ConsoleSpanExporter();
  return otlpExporter(protocolOf(env));
}

function protocolOf(env: NodeJS.ProcessEnv): Protocol {
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf';
  if (!(protocols as readonly string[]).includes(protocol)) {
    throw new TelemetryConfigError(`OTEL_EXPORTER_OTLP_PROTOCOL must be one of ${protocols.join(', ')}; got "${protocol}"`);
  }
  return protocol as Protocol;
}

async function otlpExporter(protocol: Protocol): Promise<SpanExporter> {
  switch (protocol) {
    case 'http/protobuf':
      return new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
    case 'http/json':
      return new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
    case 'grpc':
      return new (await import('@opentelemetry/exporter-trace-otlp-grpc')).OTLPTraceExporter();
  }
}

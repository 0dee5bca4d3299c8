import { OTLPTraceExporter as OtlpGrpc } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as OtlpJson } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProto } from '@opentelemetry/exporter-trace-otlp-proto';
import { ConsoleSpanExporter } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { spanExporterFromEnv, TelemetryConfigError } from './span-exporter';

describe('the exporter the OTEL_* variables choose', () => {
  it('is OTLP over HTTP with protobuf by default, or the protocol named for traces or for all signals', async () => {
    expect(await spanExporterFromEnv({ OTEL_TRACES_EXPORTER: 'otlp' })).toBeInstanceOf(OtlpProto);
    expect(await spanExporterFromEnv({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toBeInstanceOf(OtlpJson);
    expect(await spanExporterFromEnv({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'grpc' })).toBeInstanceOf(OtlpGrpc);
  });

  it('is the console exporter, or none at all', async () => {
    expect(await spanExporterFromEnv({ OTEL_TRACES_EXPORTER: 'console' })).toBeInstanceOf(ConsoleSpanExporter);
    expect(await spanExporterFromEnv({ OTEL_TRACES_EXPORTER: ' none ' })).toBeUndefined();
  });

  it('refuses what the shop does not ship, naming what it does', async () => {
    await expect(spanExporterFromEnv({ OTEL_TRACES_EXPORTER: 'zipkin' })).rejects.toThrow(new TelemetryConfigError('OTEL_TRACES_EXPORTER must be one of otlp, console, none; got "zipkin"'));
    await expect(spanExporterFromEnv({ OTEL_TRACES_EXPORTER: 'otlp,console' })).rejects.toBeInstanceOf(TelemetryConfigError);
    await expect(spanExporterFromEnv({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'udp' })).rejects.toThrow('OTEL_EXPORTER_OTLP_PROTOCOL must be one of http/protobuf, http/json, grpc; got "udp"');
  });
});

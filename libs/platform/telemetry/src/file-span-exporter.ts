import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import type { HrTime } from '@opentelemetry/api';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { SpanRecord } from './trace-file';

const statusNames = ['unset', 'ok', 'error'] as const;

/** Milliseconds to the microsecond (OpenTelemetry's own helper rounds to whole milliseconds, which ties most spans of a page view). */
const milliseconds = ([seconds, nanos]: HrTime) => Math.round(seconds * 1e6 + nanos / 1e3) / 1e3;

export function toSpanRecord(span: ReadableSpan): SpanRecord {
  const { traceId, spanId } = span.spanContext();
  const status = statusNames[span.status.code] ?? 'unset';
  return {
    traceId,
    spanId,
    ...(span.parentSpanContext ? { parentSpanId: span.parentSpanContext.spanId } : {}),
    name: span.name,
    service: String(span.resource.attributes['service.name'] ?? 'unknown'),
    start: milliseconds(span.startTime),
    ms: milliseconds(span.duration),
    status,
    ...(span.status.message ? { statusMessage: span.status.message } : {}),
    attributes: span.attributes,
  };
}

/** Appends finished spans to a JSON-lines file (see trace-file.ts); the default exporter on a developer's machine. */
export class FileSpanExporter implements SpanExporter {
  private ready: Promise<unknown> | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    const text = spans.map((span) => `${JSON.stringify(toSpanRecord(span))}\n`).join('');
    this.ready ??= mkdir(dirname(this.file), { recursive: true });
    // One write after the other, so the file keeps the order spans were handed over in.
    this.pending = this.pending
      .then(() => this.ready)
      .then(() => appendFile(this.file, text))
      .then(
        () => done({ code: ExportResultCode.SUCCESS }),
        (error: unknown) => done({ code: ExportResultCode.FAILED, error: error instanceof Error ? error : new Error(String(error)) }),
      );
  }

  async shutdown(): Promise<void> {
    await this.pending;
  }

  async forceFlush(): Promise<void> {
    await this.pending;
  }
}

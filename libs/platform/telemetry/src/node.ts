/** Server-only entry: starting the SDK and the per-request hook. Import from `instrumentation.ts`. */
export { startTelemetry, stopTelemetry, type TelemetryOptions } from './start-telemetry';
export { FileSpanExporter, toSpanRecord } from './file-span-exporter';
export { installRequestTelemetry } from './request-telemetry';

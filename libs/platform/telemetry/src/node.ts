/** Server-only entry: starting the SDK, the per-request hook and the request scope. Import from `instrumentation.ts`. */
export { startTelemetry, stopTelemetry, type TelemetryOptions } from './start-telemetry';
export { FileSpanExporter, toSpanRecord } from './file-span-exporter';
export { installRequestTelemetry } from './request-telemetry';
export { withRequestScope } from './request-scope-store';

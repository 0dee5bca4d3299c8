/** The one logger every BFF uses: pino JSON lines with trace id, request id and context (see @tractor/telemetry). */
export { createLogger, type Logger, type LogLevel } from '@tractor/telemetry';

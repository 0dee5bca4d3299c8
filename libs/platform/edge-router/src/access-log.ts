import type { ContextName } from '@tractor/contracts';
import { createLogger } from '@tractor/telemetry';

/** Receives one finished line per request; the CLI prints it, a launcher may prefix or collect it. */
export type Logger = (line: string) => void;

export interface AccessLogEntry {
  readonly method: string;
  readonly path: string;
  /** HTTP status sent to the client (`101` for an upgrade), or `0` if the client left before any. */
  readonly status: number;
  readonly context: ContextName;
  readonly ms: number;
  readonly requestId: string;
  /** The W3C trace the request belongs to (see trace-context.ts). */
  readonly traceId?: string;
  /** Why the exchange did not complete normally, e.g. `ECONNREFUSED` or `client-aborted`. */
  readonly note?: string;
}

let written = '';
const accessLog = createLogger({ source: 'router' }, (line) => (written = line));

/**
 * One pino JSON line per request, the same shape the contexts log: route without the query (it may
 * carry what a shopper typed), status, owning context, duration, request id and trace id.
 */
export function formatAccessLog(entry: AccessLogEntry): string {
  const { path, ms, note, traceId, ...fields } = entry;
  const route = path.split('?')[0] ?? path;
  accessLog[entry.status >= 500 || entry.status === 0 ? 'warn' : 'info']('request', {
    ...fields,
    route,
    ms: Math.round(ms),
    ...(traceId ? { traceId } : {}),
    ...(note ? { note } : {}),
  });
  return written;
}

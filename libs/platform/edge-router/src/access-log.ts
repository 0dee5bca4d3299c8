import type { ContextName } from '@tractor/contracts';

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
  /** Why the exchange did not complete normally, e.g. `ECONNREFUSED` or `client-aborted`. */
  readonly note?: string;
}

/** `GET /product/CL-01 200 decide 12ms id=…`: fixed field order so lines line up and grep well. */
export function formatAccessLog(entry: AccessLogEntry): string {
  const fields = [
    entry.method,
    entry.path,
    String(entry.status),
    entry.context,
    `${Math.round(entry.ms)}ms`,
    `id=${entry.requestId}`,
  ];
  if (entry.note) fields.push(entry.note);
  return fields.join(' ');
}

/**
 * One logger for every server: JSON lines carrying the request id, so a shopper's request can be
 * followed through the edge router, a page and the fragments it includes.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function createLogger(base: Record<string, unknown> = {}, write: (line: string) => void = defaultWrite): Logger {
  const log = (level: LogLevel) => (message: string, fields: Record<string, unknown> = {}) =>
    write(JSON.stringify({ level, time: new Date().toISOString(), message, ...base, ...fields }));
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger({ ...base, ...fields }, write),
  };
}

function defaultWrite(line: string) {
  process.stdout.write(`${line}\n`);
}

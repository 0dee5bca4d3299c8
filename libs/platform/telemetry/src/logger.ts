/**
 * One logger for every server: pino JSON lines, one object per line, carrying the trace id, span
 * id, request id and context of the work that wrote them, so a shopper's page view can be followed
 * through the edge, the page and every fragment it includes. Cookies and credentials are redacted
 * wherever they appear by name; callers log ids and outcomes, never a shopper's data.
 */
import { pino, type Logger as Pino } from 'pino';
import { logDestination } from './log-destination';
import { currentRequestScope } from './request-scope';
import { currentTraceIds } from './trace-ids';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const redacted = ['cookie', 'set-cookie', 'authorization', 'password', 'email', '*.cookie', '*.set-cookie', '*.authorization'];

function createPino(write?: (line: string) => void): Pino {
  return pino(
    {
      base: undefined,
      level: process.env.LOG_LEVEL ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redacted, censor: '[redacted]' },
      mixin: (_fields, _level, logger) => {
        const bound = logger.bindings();
        const scope = currentRequestScope();
        return {
          ...currentTraceIds(),
          ...(scope && !('requestId' in bound) ? { requestId: scope.requestId } : {}),
          ...(scope && !('context' in bound) ? { context: scope.context } : {}),
        };
      },
    },
    write ? { write: (line: string) => write(line.trimEnd()) } : logDestination(),
  );
}

let processPino: Pino | undefined;

function wrap(log: Pino): Logger {
  const at = (level: LogLevel) => (message: string, fields: LogFields = {}) => log[level](fields, message);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (fields) => wrap(log.child(fields)) };
}

/** A logger with `base` on every line; `write` receives each finished line (default: stdout). */
export function createLogger(base: LogFields = {}, write?: (line: string) => void): Logger {
  const root = write ? createPino(write) : (processPino ??= createPino());
  return wrap(root.child(base));
}

let processLog: Logger | undefined;

/** The process's shared logger, made on first use, for code that is handed none. */
export function processLogger(): Logger {
  return (processLog ??= createLogger());
}

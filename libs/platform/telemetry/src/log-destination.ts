/**
 * Where a server's log lines go: standard output, in one of two ways.
 *
 * - On AWS Lambda (or with `LOG_SYNC=1`) each line is written before the call returns: the runtime
 *   may freeze the process as soon as the answer is sent, and a held line would wait for the next
 *   invocation or be lost.
 * - Anywhere else lines are gathered and written together, once 4 KB have gathered or 100 ms after
 *   the first of them, and at the latest as the process exits. A page view logs about a dozen
 *   lines across the shop; a write per line, each waking the reader (the launcher, a terminal, a
 *   log shipper), cost the shop more CPU than rendering some of its pages.
 */
import { pino, type DestinationStream } from 'pino';

export interface LogDestinationOptions {
  /** A file descriptor or path; standard output by default. */
  readonly dest?: number | string;
  readonly env?: NodeJS.ProcessEnv;
  /** How long the first gathered line may wait. */
  readonly maxDelayMs?: number;
  /** How many characters may gather before they are written at once. */
  readonly maxBytes?: number;
}

export function logDestination({ dest = 1, env = process.env, maxDelayMs = 100, maxBytes = 4096 }: LogDestinationOptions = {}): DestinationStream {
  if (env.AWS_LAMBDA_FUNCTION_NAME || env.LOG_SYNC === '1') return pino.destination({ dest, sync: true });
  // Unbuffered but asynchronous: sonic-boom (pino's own writer) also joins what arrives mid-write.
  const out = pino.destination({ dest, sync: false });
  let held = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!held) return;
    out.write(held);
    held = '';
  };
  process.once('exit', () => {
    flush();
    try {
      out.flushSync();
    } catch {
      // Not open yet (a path still opening): nothing reached it, and the process is ending.
    }
  });
  return {
    write(line: string) {
      held += line;
      if (held.length >= maxBytes) flush();
      else timer ??= setTimeout(flush, maxDelayMs).unref();
    },
  };
}

import { context, createContextKey, SpanStatusCode } from '@opentelemetry/api';
import { processLogger, type Logger } from './logger';
import { shopTracer } from './shop-tracer';

/**
 * A read shared by every shopper sits behind a cache, so most page views run no procedure and no
 * query for it. The trace still says what the view got: one span per cached read, with `cache.outcome`:
 *
 * - `hit`: served from the cache; nothing ran.
 * - `miss`: nothing usable was cached; the read ran (its procedure and queries are the span's children).
 * - `stale`: an expired entry was served while the read refreshes it (children may end after the span).
 *
 * The log gets one `cached read` line per call too, at `info` when the read ran (miss, stale, threw)
 * and at `debug` for a hit: hits are most calls, say nothing happened, and at two or three per page
 * view they were half of a listing's log lines (CloudWatch bills every ingested byte).
 * `LOG_LEVEL=debug` shows them.
 */
export type CachedReadOutcome = 'hit' | 'miss' | 'stale';

interface ReadRun {
  started: boolean;
  finished: boolean;
}

const runKey = createContextKey('tractor.cached-read');

/** Wraps the read that goes inside the cache, so the span around the cache learns whether it ran. */
export function markReadRuns<A extends readonly unknown[], R>(read: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    const run = context.active().getValue(runKey) as ReadRun | undefined;
    if (run) run.started = true;
    try {
      return await read(...args);
    } finally {
      if (run) run.finished = true;
    }
  };
}

/** Wraps the cached function: one `read <name>` span and one `cached read` log line per call (`log`: the process's logger by default). */
export function traceCachedRead<A extends readonly unknown[], R>(
  name: string,
  cached: (...args: A) => Promise<R>,
  log?: Pick<Logger, 'debug' | 'info'>,
): (...args: A) => Promise<R> {
  return (...args) =>
    shopTracer('@tractor/telemetry').startActiveSpan(`read ${name}`, { attributes: { 'cache.name': name } }, async (span) => {
      const run: ReadRun = { started: false, finished: false };
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      try {
        const result = await context.with(context.active().setValue(runKey, run), () => cached(...args));
        const outcome: CachedReadOutcome = !run.started ? 'hit' : run.finished ? 'miss' : 'stale';
        span.setAttributes({ 'cache.outcome': outcome, 'cache.hit': outcome !== 'miss' });
        (log ?? processLogger())[outcome === 'hit' ? 'debug' : 'info']('cached read', { read: name, cache: outcome, ms: ms() });
        return result;
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'threw' });
        // Errors are never cached, so the read ran; its procedure has logged why it failed.
        (log ?? processLogger()).info('cached read', { read: name, cache: 'miss', outcome: 'threw', ms: ms() });
        throw error;
      } finally {
        span.end();
      }
    });
}

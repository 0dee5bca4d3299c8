import { SpanStatusCode } from '@opentelemetry/api';
import { processLogger, type Logger } from './logger';
import { shopTracer } from './shop-tracer';

/** What a tRPC middleware receives, reduced to the parts a trace needs. */
export interface ProcedureCall<R> {
  readonly path: string;
  readonly type: string;
  readonly ctx: { readonly log?: Logger };
  readonly next: () => Promise<R>;
}

/** A middleware result: tRPC's `{ ok: false }` carries a TRPCError with its code. */
type ProcedureResult = { readonly ok: boolean; readonly error?: { readonly code?: string } };

/**
 * Runs one tRPC procedure inside a span and writes one log line for it, whether it is called over
 * HTTP or in-process by a server component. Use as `t.procedure.use((opts) => traceProcedure(opts))`.
 */
export function traceProcedure<R extends ProcedureResult>({ path, type, ctx, next }: ProcedureCall<R>): Promise<R> {
  return shopTracer('@tractor/telemetry').startActiveSpan(`trpc ${path}`, { attributes: { 'rpc.system': 'trpc', 'rpc.method': path, 'trpc.type': type } }, async (span) => {
    const started = performance.now();
    const log = ctx.log ?? processLogger();
    try {
      const result = await next();
      const outcome = result.ok ? 'ok' : (result.error?.code ?? 'error');
      span.setAttribute('trpc.outcome', outcome);
      if (!result.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      log[result.ok ? 'info' : 'warn']('procedure', { procedure: path, type, outcome, ms: Math.round(performance.now() - started) });
      return result;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: 'threw' });
      log.error('procedure', { procedure: path, type, outcome: 'threw', ms: Math.round(performance.now() - started) });
      throw error;
    } finally {
      span.end();
    }
  });
}

import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { processLogger, recordServerTiming, shopTracer, type LogFields } from '@tractor/telemetry';
import type { ContextName } from '@tractor/contracts';
import type { IncludeFailure, IncludeResult } from './include-fragment';

/** The part of the shared Logger an include needs; `info` (one line per successful include) is optional. */
export interface IncludeLogger {
  warn(message: string, fields?: LogFields): void;
  info?(message: string, fields?: LogFields): void;
}

export type IncludeOutcome = 'ok' | 'timeout' | 'error' | 'non-2xx';

const outcomes: Record<IncludeFailure, IncludeOutcome> = { timeout: 'timeout', error: 'error', status: 'non-2xx' };

/** Made on first use, so importing this module does nothing (the fragments lib also reaches browsers). */
export function defaultIncludeLog(): IncludeLogger {
  return processLogger();
}

/**
 * Runs one include inside a client span (so the owner's spans hang under it in the same trace),
 * then reports it three ways: span attributes, a `Server-Timing` entry for the page, and one log line.
 */
export function traceInclude(
  fragment: { readonly context: ContextName; readonly name: string; readonly requestId: string; readonly log: IncludeLogger },
  run: () => Promise<IncludeResult & { readonly status?: number; readonly error?: string }>,
): Promise<IncludeResult> {
  const id = `${fragment.context}/${fragment.name}`;
  const attributes = { 'fragment.name': id, 'fragment.owner': fragment.context, 'tractor.request_id': fragment.requestId };
  return shopTracer('@tractor/fragments').startActiveSpan(`include ${id}`, { kind: SpanKind.CLIENT, attributes }, async (span: Span) => {
    try {
      const { status, error, ...result } = await run();
      const outcome: IncludeOutcome = result.ok ? 'ok' : outcomes[result.reason];
      span.setAttributes({ 'fragment.outcome': outcome, 'fragment.fallback': !result.ok, ...(status === undefined ? {} : { 'http.response.status_code': status }) });
      if (!result.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      recordServerTiming({ name: `include.${fragment.context}.${fragment.name}`, ms: result.ms, description: result.ok ? `${id} ok` : `${id} ${outcome} (fallback)` });
      const fields = { fragment: id, owner: fragment.context, outcome, fallback: !result.ok, ms: result.ms, requestId: fragment.requestId, ...(status === undefined ? {} : { status }), ...(error === undefined ? {} : { error }) };
      if (result.ok) fragment.log.info?.('include', fields);
      else fragment.log.warn('fragment include failed', fields);
      return result;
    } finally {
      span.end();
    }
  });
}

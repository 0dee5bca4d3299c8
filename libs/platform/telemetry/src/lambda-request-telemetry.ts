/**
 * Per-request telemetry on AWS Lambda, where OpenNext's handler, not an HTTP server, receives each
 * request: the same request scope, `Server-Timing` header and request log line as a local server
 * (`request-telemetry.ts`). Wraps any handler that takes an event with method, path and headers
 * and answers with a status and headers, such as OpenNext's (see the shared OpenNext config).
 */
import { createLogger, type Logger } from './logger';
import { beginRequest, isStaticAsset, logRequest, serverTimingFor } from './request-observation';

export interface LambdaRequest {
  readonly method: string;
  readonly rawPath: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface LambdaAnswer {
  statusCode: number;
  headers: Record<string, string | string[]>;
}

export interface LambdaTelemetryOptions {
  readonly context: string;
  readonly log?: Logger;
}

/** A header of a Lambda event by its lower-case name, whatever case the event spells it in. */
export function headerOf(headers: Readonly<Record<string, string>>): (name: string) => string | undefined {
  return (name) => headers[name] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

export function withLambdaRequestTelemetry<E extends LambdaRequest, R extends LambdaAnswer, A extends unknown[]>(
  handle: (event: E, ...rest: A) => Promise<R>,
  { context, log = createLogger({ context }) }: LambdaTelemetryOptions,
): (event: E, ...rest: A) => Promise<R> {
  return async (event, ...rest) => {
    const started = performance.now();
    const { scope, span, traceId, run } = beginRequest(headerOf(event.headers), context, event.method, event.rawPath);
    let status = 0;
    try {
      const answer = await run(() => handle(event, ...rest));
      status = answer.statusCode;
      const existing = answer.headers['server-timing'];
      answer.headers['server-timing'] = [...[existing ?? []].flat(), serverTimingFor(scope, started)].join(', ');
      return answer;
    } finally {
      span.end(status);
      if (!isStaticAsset(event.rawPath)) {
        logRequest(log, { method: event.method, route: event.rawPath, status, ms: performance.now() - started, requestId: scope.requestId, ...(traceId ? { traceId } : {}) });
      }
    }
  };
}

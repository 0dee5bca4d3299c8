/**
 * Applies a context's request gate (`request-gate.ts`) on AWS Lambda, around OpenNext's handler,
 * which receives each request as an event instead of from an HTTP server: a page's nonce headers
 * are added to the event and its CSP to the answer; a 503 is answered without calling Next.
 */
import { headerOf } from '@tractor/telemetry/lambda';
import type { RequestGate } from './request-gate';

export interface GateEvent {
  readonly method: string;
  readonly rawPath: string;
  readonly url?: string;
  headers: Record<string, string>;
}

export interface GateAnswer {
  statusCode: number;
  headers: Record<string, string | string[]>;
}

/** The 503 in OpenNext's shape (`type: 'core'`, the body as a stream), the shape the handler's own answers have on Lambda. */
export interface CoreAnswer extends GateAnswer {
  readonly type: 'core';
  readonly body: ReadableStream<Uint8Array>;
  readonly isBase64Encoded: boolean;
}

export function withRequestGate<E extends GateEvent, R extends GateAnswer, A extends unknown[]>(
  handle: (event: E, ...rest: A) => Promise<R>,
  gate: RequestGate,
): (event: E, ...rest: A) => Promise<R> {
  return async (event, ...rest) => {
    const search = event.url ? (URL.parse(event.url, 'http://context.internal')?.search ?? '') : '';
    const outcome = await gate({ method: event.method, url: `${event.rawPath}${search}`, header: headerOf(event.headers) });
    if (outcome?.answer) {
      const { answer } = outcome;
      return { type: 'core', statusCode: answer.status, headers: Object.fromEntries(answer.headers), body: answer.body ?? new ReadableStream({ start: (controller) => controller.close() }), isBase64Encoded: false } satisfies CoreAnswer as unknown as R;
    }
    if (!outcome?.page) return handle(event, ...rest);
    Object.assign(event.headers, outcome.page.requestHeaders);
    const result = await handle(event, ...rest);
    result.headers['content-security-policy'] = outcome.page.csp;
    return result;
  };
}

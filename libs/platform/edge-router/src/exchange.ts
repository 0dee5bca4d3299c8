/**
 * One request through the edge: where it goes, what happened to it (for the access log), and the
 * one answer the edge may give itself when the context cannot. Whatever fails first decides.
 */
import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import type { ContextName } from '@tractor/contracts';
import { edgeAnswer } from './edge-page';
import { errorCode, statusFor } from './edge-errors';
import type { EdgeHeaderOptions } from './edge-headers';
import { retryAfterSeconds } from './limits';
import { sendEdgeAnswer } from './send-edge-answer';

export class Exchange {
  /** Why the exchange did not complete normally, for the access log. */
  note: string | undefined;
  /** The request to the context, once it has a socket. */
  upstream: ClientRequest | undefined;
  retried = false;
  private failure: Error | undefined;
  private answered = false;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly context: ContextName,
    readonly id: string,
    private readonly headers: EdgeHeaderOptions,
  ) {}

  /** Runs `fail(error)` after `ms` unless cancelled, or cleared by `clearTimers`, first. */
  deadline(ms: number, error: () => Error): () => void {
    const timer = setTimeout(() => this.fail(error()), ms);
    this.timers.push(timer);
    return () => clearTimeout(timer);
  }

  clearTimers(): void {
    for (const timer of this.timers.splice(0)) clearTimeout(timer);
  }

  attach(upstream: ClientRequest): void {
    this.upstream = upstream;
    if (this.failure) upstream.destroy(this.failure);
  }

  /** Stops the exchange for `error`: the upstream request is dropped and the client answered. */
  fail(error: Error): void {
    this.failure ??= error;
    this.upstream?.destroy(error);
    this.answer(error);
  }

  /** The edge's answer for `error`, unless a response has started; then the client is cut off too. */
  answer(error: Error): void {
    this.clearTimers();
    this.note ??= errorCode(error);
    const { req, res } = this;
    // The first failure answers; the upstream's own error for the same cause arrives after it.
    if (this.answered || res.writableFinished) return;
    this.answered = true;
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    const status = statusFor(error);
    // A body the client is still sending is not read any further: answer, then close.
    if (!req.complete) res.setHeader('Connection', 'close');
    const answer = edgeAnswer(status, {
      context: this.context,
      id: this.id,
      accept: req.headers.accept,
      retryAfter: status === 503 ? retryAfterSeconds : undefined,
    });
    sendEdgeAnswer(res, req.method, answer, this.headers);
    req.unpipe();
    req.resume();
  }
}

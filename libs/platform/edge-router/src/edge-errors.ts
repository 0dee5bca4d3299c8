/**
 * Why the edge answered a request itself. Each carries the status the shopper gets and a short
 * code for the access log, like node's own network errors (`ECONNREFUSED`).
 */
import type { EdgeStatus } from './edge-page';

export abstract class EdgeError extends Error {
  abstract readonly code: string;
  abstract readonly status: EdgeStatus;
}

/** The context accepted no TCP connection in time: it is busy, not gone. */
export class ConnectTimeoutError extends EdgeError {
  override readonly name = 'ConnectTimeoutError';
  readonly code = 'ETIMEDOUT';
  readonly status = 503;
  constructor(ms: number) {
    super(`upstream did not accept a connection within ${ms}ms`);
  }
}

/** The context took the request but started no response in time. */
export class UpstreamTimeoutError extends EdgeError {
  override readonly name = 'UpstreamTimeoutError';
  readonly code = 'upstream-timeout';
  readonly status = 504;
  constructor(ms: number) {
    super(`upstream sent no response within ${ms}ms`);
  }
}

/** The client did not finish sending its body in time. */
export class BodyTimeoutError extends EdgeError {
  override readonly name = 'BodyTimeoutError';
  readonly code = 'body-timeout';
  readonly status = 408;
  constructor(ms: number) {
    super(`request body not complete within ${ms}ms`);
  }
}

/** The body is larger than the edge passes on. */
export class BodyTooLargeError extends EdgeError {
  override readonly name = 'BodyTooLargeError';
  readonly code = 'body-too-large';
  readonly status = 413;
  constructor(max: number) {
    super(`request body larger than ${max} bytes`);
  }
}

/** The context already has as many requests as it may, and as many waiting. */
export class OverloadedError extends EdgeError {
  override readonly name = 'OverloadedError';
  readonly code = 'overloaded';
  readonly status = 503;
  constructor() {
    super('context saturated');
  }
}

/** The status for any failure: the edge's own reasons, else the context could not be reached (502). */
export function statusFor(error: Error): EdgeStatus {
  return error instanceof EdgeError ? error.status : 502;
}

/** A short name for the log line: the errno code when there is one. */
export function errorCode(error: Error): string {
  const code: unknown = 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : error.message;
}

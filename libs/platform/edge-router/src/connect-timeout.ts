import type { Socket } from 'node:net';

/** The upstream accepted no TCP connection in time; reported like node's own network errors. */
export class ConnectTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';

  constructor(ms: number) {
    super(`upstream did not accept a connection within ${ms}ms`);
    this.name = 'ConnectTimeoutError';
  }
}

/**
 * Limits only the time to connect. An idle timeout would also cut long-lived streamed responses
 * and HMR sockets, which legitimately stay quiet for minutes.
 */
export function guardConnect(socket: Socket, ms: number, onTimeout: (error: ConnectTimeoutError) => void): void {
  // A kept-alive socket from the agent is already connected.
  if (!socket.connecting) return;
  const timer = setTimeout(() => onTimeout(new ConnectTimeoutError(ms)), ms);
  const clear = () => clearTimeout(timer);
  socket.once('connect', clear);
  socket.once('close', clear);
}

/** A short name for the log line: the errno code when there is one. */
export function errorCode(error: Error): string {
  const code: unknown = 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : error.message;
}

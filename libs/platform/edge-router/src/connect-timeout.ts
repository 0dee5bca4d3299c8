import type { Socket } from 'node:net';
import { ConnectTimeoutError } from './edge-errors';

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

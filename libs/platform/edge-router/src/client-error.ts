/**
 * Requests node refuses before the router sees them: headers that trickle in too slowly (408),
 * too large (431) or unreadable (400). The client gets the edge's page instead of node's bare
 * status line; a connection that has already started a response is simply closed.
 */
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { EdgeHeaderOptions } from './edge-headers';
import { edgeAnswer, type EdgeStatus } from './edge-page';
import { writeEdgeAnswer } from './send-edge-answer';

const statusOf = (code: unknown): EdgeStatus =>
  code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;

export function createClientErrorHandler(options: EdgeHeaderOptions, busy: WeakSet<Socket>) {
  return function onClientError(error: Error & { code?: unknown }, socket: Socket): void {
    if (error.code === 'ECONNRESET' || !socket.writable || busy.has(socket)) {
      socket.destroy();
      return;
    }
    // A browser waiting on a slow connection is the likely reader, so the answer is the page.
    writeEdgeAnswer(socket, edgeAnswer(statusOf(error.code), { id: randomUUID(), accept: 'text/html' }), options);
  };
}

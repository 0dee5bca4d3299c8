import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { reasonPhrase, type EdgeAnswer } from './edge-page';
import { withSecurityHeaders, type EdgeHeaderOptions } from './edge-headers';

/** Sends an edge answer on a response no upstream has written to; HEAD gets the head only. */
export function sendEdgeAnswer(res: ServerResponse, method: string | undefined, answer: EdgeAnswer, options: EdgeHeaderOptions): void {
  const headers = withSecurityHeaders(lowerCased(answer.headers), options);
  res.writeHead(answer.status, reasonPhrase(answer.status), headers);
  res.end(method === 'HEAD' ? undefined : answer.body);
}

/** Writes an edge answer straight onto a socket (refused headers, a failed upgrade), then closes it. */
export function writeEdgeAnswer(socket: Duplex, answer: EdgeAnswer, options: EdgeHeaderOptions): void {
  const headers = withSecurityHeaders(lowerCased(answer.headers), options);
  const lines = [`HTTP/1.1 ${answer.status} ${reasonPhrase(answer.status)}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${String(value)}`);
  lines.push('connection: close', '', answer.body);
  // end() flushes the answer before closing, so the client learns why.
  socket.end(lines.join('\r\n'));
}

const lowerCased = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

/**
 * HTTP/1.1 heads written and rewritten by hand on an upgrade, where node hands over a bare
 * socket and the router speaks HTTP itself.
 */
import type { ContextName } from '@tractor/contracts';

const CRLF = '\r\n';

export function serializeRequestHead(method: string, path: string, headers: readonly string[]): string {
  const lines = [`${method} ${path} HTTP/1.1`];
  for (let i = 0; i + 1 < headers.length; i += 2) lines.push(`${headers[i]}: ${headers[i + 1]}`);
  return lines.join(CRLF) + CRLF + CRLF;
}

/**
 * Adds the edge's own headers to the upstream's response head (without its trailing blank line)
 * and reads its status code for the log.
 */
export function withEdgeHeaders(head: string, context: ContextName, id: string): { head: string; status: number } {
  const [statusLine = '', ...fields] = head.split(CRLF);
  const status = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(statusLine)?.[1] ?? 502);
  const kept = fields.filter((line) => !/^(x-context|x-request-id)\s*:/i.test(line));
  const lines = [statusLine, ...kept, `X-Context: ${context}`, `X-Request-Id: ${id}`];
  return { head: lines.join(CRLF) + CRLF + CRLF, status };
}

/** A complete 502 for an upgrade whose upstream could not be reached. */
export function badGatewayHead(context: ContextName, id: string): string {
  const body = JSON.stringify({ error: 'bad_gateway', context, requestId: id });
  return [
    'HTTP/1.1 502 Bad Gateway',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Context: ${context}`,
    `X-Request-Id: ${id}`,
    'Connection: close',
    '',
    body,
  ].join(CRLF);
}

/**
 * Writes what the handler returned the way a Function URL answers: the status, the headers, one
 * `Set-Cookie` per entry of `cookies`, the body decoded from base64 when flagged. A result that is
 * not a valid response, or larger than a buffered Function URL allows (6 MB), is a 502.
 */
import type { ServerResponse } from 'node:http';
import { z } from 'zod';

/** Lambda's limit for a buffered (non-streaming) response payload. */
export const maxPayloadBytes = 6 * 1024 * 1024;

const resultSchema = z.object({
  statusCode: z.number().int().min(100).max(599),
  headers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  cookies: z.array(z.string()).optional(),
  body: z.string().optional(),
  isBase64Encoded: z.boolean().optional(),
});

export function writeFunctionUrlResult(res: ServerResponse, result: unknown, method: string): { status: number; problem?: string } {
  const parsed = resultSchema.safeParse(result);
  const body = parsed.success && parsed.data.body !== undefined ? Buffer.from(parsed.data.body, parsed.data.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  const problem = !parsed.success ? 'the handler returned no valid response' : body.length > maxPayloadBytes ? `the response is ${body.length} bytes, over the 6 MB payload limit` : undefined;
  if (!parsed.success || problem) {
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`502 Bad Gateway: ${problem}`);
    return { status: 502, problem };
  }
  for (const [name, value] of Object.entries(parsed.data.headers ?? {})) res.setHeader(name, String(value));
  if (parsed.data.cookies?.length) res.setHeader('set-cookie', parsed.data.cookies);
  res.writeHead(parsed.data.statusCode);
  res.end(method === 'HEAD' ? undefined : body);
  return { status: parsed.data.statusCode };
}

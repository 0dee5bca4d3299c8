import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface PlainAnswer {
  readonly status: number;
  /** The body, read only for a 2xx answer; other bodies are discarded unread. */
  readonly text: string;
}

/**
 * One GET with Node's own HTTP client, for the includes no cache sits in front of (personal ones).
 * `fetch` wraps the same request in web streams, a `Headers` object, abort listeners and a body
 * mixin: on a product view those came to about a tenth of the page server's CPU. Redirects are not
 * followed (a caller sees the 3xx), bodies are read as UTF-8 (includes ask for them uncompressed),
 * and `signal` aborts the request, its connection and the body.
 */
export function plainGet(url: string, headers: Headers, signal: AbortSignal): Promise<PlainAnswer> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : target.protocol === 'http:' ? httpRequest : undefined;
  if (!request) return Promise.reject(new TypeError(`fragments are fetched over http or https, not ${target.protocol}`));
  return new Promise((resolve, reject) => {
    const outgoing = request(target, { method: 'GET', headers: Object.fromEntries(headers), signal }, (response) => {
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        response.resume();
        resolve({ status, text: '' });
        return;
      }
      readBody(response).then((text) => resolve({ status, text }), reject);
    });
    outgoing.once('error', reject);
    outgoing.end();
  });
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.once('error', reject);
    response.once('aborted', () => reject(new Error('fragment answer cut short')));
  });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { contexts, type ContextName } from '@tractor/contracts';
import { html, statusPage } from '@tractor/fragments';

/** The page shown when a context's server does not answer. */
export function badGatewayPage(context: ContextName, id: string): string {
  return statusPage({
    title: 'Temporarily unavailable',
    accent: contexts[context].color,
    heading: `The ${context} team’s service is not answering right now`,
    body: html`<p>The rest of the store is still open. Please try again in a moment.</p>
  <a href="/">Back to the store</a>
  <p class="id">Request ${id}</p>`,
  });
}

/** Answers 502 as HTML for browsers and as JSON for everything else (fetch, tRPC, curl). */
export function sendBadGateway(req: IncomingMessage, res: ServerResponse, context: ContextName, id: string): void {
  const html = (req.headers.accept ?? '').includes('text/html');
  const body = html ? badGatewayPage(context, id) : JSON.stringify({ error: 'bad_gateway', context, requestId: id });
  res.writeHead(502, {
    'content-type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-context': context,
    'x-request-id': id,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

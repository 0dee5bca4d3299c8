/**
 * What the edge answers itself, when it cannot or will not pass a request on: a self-contained
 * branded page for browsers (inline CSS, no assets, since the server that would serve assets may
 * be the one in trouble) and a small JSON body for everything else (fetch, tRPC, curl).
 */
import { contexts, type ContextName } from '@tractor/contracts';

export type EdgeStatus = 400 | 408 | 413 | 431 | 502 | 503 | 504;

interface Wording {
  readonly reason: string;
  readonly error: string;
  readonly heading: (team: string) => string;
  readonly advice: string;
}

const wording: Record<EdgeStatus, Wording> = {
  400: { reason: 'Bad Request', error: 'bad_request', heading: () => 'That request could not be read', advice: 'Please go back and try again.' },
  408: { reason: 'Request Timeout', error: 'request_timeout', heading: () => 'That request took too long to arrive', advice: 'Please check your connection and try again.' },
  413: { reason: 'Content Too Large', error: 'content_too_large', heading: () => 'That request is larger than the store accepts', advice: 'Nothing was changed. Please go back and try again with less.' },
  431: { reason: 'Request Header Fields Too Large', error: 'headers_too_large', heading: () => 'That request carried too much', advice: 'Clearing this site’s cookies usually helps.' },
  502: { reason: 'Bad Gateway', error: 'bad_gateway', heading: (team) => `The ${team} service is not answering right now`, advice: 'The rest of the store is still open. Please try again in a moment.' },
  503: { reason: 'Service Unavailable', error: 'overloaded', heading: (team) => `The ${team} service is busy right now`, advice: 'The rest of the store is still open. Please try again in a moment.' },
  504: { reason: 'Gateway Timeout', error: 'gateway_timeout', heading: (team) => `The ${team} service took too long to answer`, advice: 'The rest of the store is still open. Please try again in a moment.' },
};

export const reasonPhrase = (status: EdgeStatus): string => wording[status].reason;

const team = (context: ContextName | undefined) => (context ? `${context} team's` : "store's");

export function edgePage(status: EdgeStatus, context: ContextName | undefined, id: string): string {
  const words = wording[status];
  const accent = context ? contexts[context].color : '#1d1d1b';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.reason} · The Tractor Store</title>
<style>
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f4f3ef;
    color: #1d1d1b; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
  main { max-width: 34rem; margin: 1rem; padding: 2rem 2.5rem; background: #fff;
    border-top: 0.5rem solid ${accent}; box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.08); }
  .brand { margin: 0; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; }
  h1 { margin: 0.75rem 0; font-size: 1.5rem; line-height: 1.25; }
  a { display: inline-block; margin-top: 0.5rem; padding: 0.6rem 1.2rem; background: #1d1d1b; color: #fff;
    text-decoration: none; font-weight: 600; }
  a:focus-visible { outline: 3px solid ${accent}; outline-offset: 2px; }
  .id { margin: 1.5rem 0 0; color: #6b6b66; font-size: 0.75rem; }
</style>
</head>
<body>
<main>
  <p class="brand">The Tractor Store</p>
  <h1>${words.heading(team(context))}</h1>
  <p>${words.advice}</p>
  <a href="/">Back to the store</a>
  <p class="id">Request ${id}</p>
</main>
</body>
</html>
`;
}

/** The page shown when a context's server does not answer. */
export const badGatewayPage = (context: ContextName, id: string): string => edgePage(502, context, id);

export interface EdgeAnswer {
  readonly status: EdgeStatus;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** The full answer: HTML when the client accepts it, JSON otherwise; 503s say when to come back. */
export function edgeAnswer(status: EdgeStatus, options: { context?: ContextName; id: string; accept?: string; retryAfter?: number }): EdgeAnswer {
  const { context, id } = options;
  const html = (options.accept ?? '').includes('text/html');
  const body = html ? edgePage(status, context, id) : JSON.stringify({ error: wording[status].error, ...(context && { context }), requestId: id });
  const headers: Record<string, string> = {
    'Content-Type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Request-Id': id,
  };
  if (context) headers['X-Context'] = context;
  if (options.retryAfter !== undefined) headers['Retry-After'] = String(options.retryAfter);
  return { status, headers, body };
}

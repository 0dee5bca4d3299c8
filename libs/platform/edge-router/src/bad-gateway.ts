import type { IncomingMessage, ServerResponse } from 'node:http';
import { contexts, type ContextName } from '@tractor/contracts';

/**
 * The page shown when a context's server does not answer. Self-contained (inline CSS, no assets)
 * because the server that would serve assets may be the one that is down.
 */
export function badGatewayPage(context: ContextName, id: string): string {
  const accent = contexts[context].color;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · The Tractor Store</title>
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
  <h1>The ${context} team's service is not answering right now</h1>
  <p>The rest of the store is still open. Please try again in a moment.</p>
  <a href="/">Back to the store</a>
  <p class="id">Request ${id}</p>
</main>
</body>
</html>
`;
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

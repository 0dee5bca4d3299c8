/** Between node:http and the web `Request`/`Response` a route handler uses, for fragment owners in tests. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The incoming request's headers as web `Headers`, the way a route handler receives them. */
export function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return headers;
}

export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(await response.text());
}

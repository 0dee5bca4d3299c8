/** A route handler's web `Response` sent through node:http, for fragment owners in tests. */
import type { ServerResponse } from 'node:http';

export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(await response.text());
}

/**
 * Checkout's BFF on a plain Node HTTP server, for the crash-safety tests: the real tRPC route
 * handler (context, cookies, domain, pool) in a process of its own that a test can SIGKILL and
 * start again. Prints `ready <port>` once it listens (on PORT, or any free port).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { GET, POST } from '../app/api/trpc/[trpc]/route';

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const server = createServer((req, res) => {
  void (async () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const path = (req.url ?? '/').replace(/^\/checkout/, '');
    const request = new Request(`http://${req.headers.host ?? 'localhost'}${path}`, { method: req.method, headers, body: req.method === 'POST' ? new Uint8Array(await body(req)) : undefined });
    const response = await (req.method === 'POST' ? POST : GET)(request);
    res.writeHead(response.status, [...response.headers].flat());
    res.end(Buffer.from(await response.arrayBuffer()));
  })().catch((error: unknown) => {
    res.writeHead(500);
    res.end(String(error));
  });
});

server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : ''}`);
});

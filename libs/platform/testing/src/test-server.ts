/**
 * A real HTTP server on an ephemeral port of 127.0.0.1, for tests that need something to talk to:
 * a fragment owner, a context behind the router, an AWS endpoint. Nothing here binds a fixed port.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  readonly server: Server;
  readonly origin: string;
  close(): Promise<void>;
}

export async function startServer(handler: RequestListener): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs `use` against a server for `handler`, and closes it whatever happens. */
export async function withServer<T>(handler: RequestListener, use: (origin: string) => Promise<T>): Promise<T> {
  const running = await startServer(handler);
  try {
    return await use(running.origin);
  } finally {
    await running.close();
  }
}

/** An origin nobody listens on: bind a port, then release it. */
export async function deadOrigin(): Promise<string> {
  const running = await startServer(() => undefined);
  await running.close();
  return running.origin;
}

/** Waits `ms`, or less if the client goes away, so a closed test server leaves no timer behind. */
export function pause(ms: number, req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * A switch in front of a test database, to take it away the way an outage does: the app connects
 * to `url` (a TCP relay on a free local port) instead of the database itself; `cut()` closes every
 * open connection and refuses new ones, `restore()` lets connections through again on the same
 * port. The database server itself is never touched, so other tests keep using it.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface DatabaseOutage {
  /** The database's URL, routed through the switch. */
  url: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function databaseOutage(databaseUrl: string): Promise<DatabaseOutage> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  const relay = (client: Socket) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };

  let server: Server | null = null;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const next = createServer(relay);
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        server = next;
        const address = next.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });

  const port = await listen(0);
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    cut: stop,
    restore: async () => {
      if (!server) await listen(port);
    },
    close: stop,
  };
}

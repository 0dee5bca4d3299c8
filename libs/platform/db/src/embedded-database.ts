/**
 * An embedded PostgreSQL (PGlite, Postgres 18 in WebAssembly) served over the Postgres wire
 * protocol, so apps, the migration engine and psql reach it with an ordinary URL.
 *
 * Connections: PGlite is ONE single-user session. The socket server queues protocol messages from
 * all clients onto it (a client inside a transaction is served exclusively until it ends), so
 * several connections work but share session state: no per-connection `SET`, temp tables,
 * advisory locks or LISTEN/NOTIFY. We allow `EMBEDDED_MAX_CONNECTIONS` sockets so that an app,
 * a migration run and a psql session can be connected at once; an app must not pool more than
 * `EMBEDDED_POOL_MAX` connections (a pool cannot make one session parallel, and every extra
 * socket counts against the limit; beyond it clients see "Connection terminated unexpectedly").
 *
 * One instance is one database: the database name in the URL is ignored.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { MigrationError } from './migration-error';

/** Sockets the server accepts at once. */
export const EMBEDDED_MAX_CONNECTIONS = 8;

/** The `max` of a pg Pool pointed at an embedded database. */
export const EMBEDDED_POOL_MAX = 1;

export interface EmbeddedDatabaseOptions {
  /** Where the data lives (created if missing, parents included). Omit for a throwaway in-memory database. */
  dataDir?: string;
  /** TCP port; 0 or omitted picks a free one (read it back from `port` or `url`). */
  port?: number;
  /** Interface to bind; loopback by default. */
  host?: string;
  maxConnections?: number;
}

export interface EmbeddedDatabase {
  /** `postgresql://postgres@<host>:<port>/postgres` */
  readonly url: string;
  readonly port: number;
  /** Closes every connection, the server and PGlite (flushing the data dir). Safe to call twice. */
  stop(): Promise<void>;
}

function portOf(server: PGLiteSocketServer): number {
  const port = Number(server.getServerConn().split(':').pop());
  if (!Number.isInteger(port) || port <= 0) {
    throw new MigrationError('EMBEDDED_DATABASE_FAILED', `Unexpected server address ${server.getServerConn()}`);
  }
  return port;
}

async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir === undefined) return PGlite.create();
  const dir = resolve(dataDir);
  await mkdir(dirname(dir), { recursive: true });
  try {
    return await PGlite.create({ dataDir: dir });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError('EMBEDDED_DATABASE_FAILED', `Cannot open PGlite data dir ${dir}: ${reason}`, {
      cause: error,
    });
  }
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const host = options.host ?? '127.0.0.1';
  const db = await openPglite(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    host,
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? EMBEDDED_MAX_CONNECTIONS,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError('EMBEDDED_DATABASE_FAILED', `Cannot serve PGlite on ${host}:${options.port}: ${reason}`, {
      cause: error,
    });
  }
  const port = portOf(server);
  let stopping: Promise<void> | undefined;
  return {
    url: `postgresql://postgres@${host.includes(':') ? `[${host}]` : host}:${port}/postgres`,
    port,
    stop: () => {
      stopping ??= server.stop().then(() => db.close());
      return stopping;
    },
  };
}

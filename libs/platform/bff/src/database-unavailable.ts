/**
 * Tells "the database cannot be reached right now" apart from every other failure, whatever
 * layer reports it: Prisma's connection error codes, the driver adapter's error kinds, PostgreSQL's
 * connection-level SQLSTATEs (and any FATAL error, which ends the session), or node-postgres's own
 * words for a connection that went away. Structural checks only, so no context's generated Prisma
 * client is imported here.
 */

/** Prisma: can't reach the server, timed out reaching it, connection closed, pool timeout. */
const prismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/** @prisma/adapter-pg's error kinds for a connection that could not be made or was lost. */
const adapterKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);

/** PostgreSQL: connection exceptions (class 08), too many connections, shutting down or starting up. */
const sqlStates = /^(08...|53300|57P0[1-3])$/;

/** Node's socket errors and node-postgres's messages for a lost or impossible connection. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE']);
const driverMessages = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error/i;

type Inspectable = { code?: unknown; errorCode?: unknown; kind?: unknown; severity?: unknown; message?: unknown; meta?: unknown; cause?: unknown };

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== 'object' || error === null) return false;
  const e = error as Inspectable;
  const code = typeof e.code === 'string' ? e.code : typeof e.errorCode === 'string' ? e.errorCode : '';
  if (prismaCodes.has(code) || socketCodes.has(code) || sqlStates.test(code)) return true;
  if (typeof e.kind === 'string' && adapterKinds.has(e.kind)) return true;
  if (e.severity === 'FATAL') return true;
  if (typeof e.message === 'string' && driverMessages.test(e.message)) return true;
  const adapterError = (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return isDatabaseUnavailable(adapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

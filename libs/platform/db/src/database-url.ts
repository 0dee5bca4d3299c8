/** Small, explicit operations on PostgreSQL URLs (`postgresql://user:pass@host:port/db?params`). */
import { MigrationError } from './migration-error';

function parse(url: string): URL {
  try {
    return new URL(url);
  } catch (error) {
    throw new MigrationError('INVALID_ARGUMENT', `Not a database URL: ${redactUrl(url)}`, { cause: error });
  }
}

/** The database a URL points at (`postgres` when the path is empty, as libpq defaults to the user name). */
export function databaseName(url: string): string {
  const parsed = parse(url);
  return decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres';
}

/** The same server and options, another database. */
export function withDatabase(url: string, name: string): string {
  const parsed = parse(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

/** For messages: hides the password. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

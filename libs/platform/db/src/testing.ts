/**
 * The `@tractor/db-runtime/testing` entry point: where tests find the PostgreSQL server they create
 * throwaway databases on. Kept out of the main entry so no production code reaches for it.
 */

/** The local server every test uses unless told otherwise. */
export const DEFAULT_TEST_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** `TEST_DATABASE_URL` (any database on the server; tests replace the name), else the local server. */
export function testServerUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? DEFAULT_TEST_SERVER_URL;
}

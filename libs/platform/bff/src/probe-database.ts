import pg from 'pg';

/**
 * Opens one connection to `url`, asks `SELECT 1` and closes it, within `timeoutMs`. Used by the
 * database gate while the database is down, on its own connection so it never waits behind the
 * app's pool.
 */
export async function probeDatabase(url: string, timeoutMs = 1500): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * How many connections a context's database can give its app, and so how many Lambda instances
 * the app may run at once. docs/deploy.md ("Database connections") walks through the figures.
 */
export interface DatabaseCapacity {
  instance: string;
  maxConnections: number;
  proxyPercent: number;
  poolPerInstance: number;
}

export const databaseCapacity: DatabaseCapacity = {
  /** The RDS instance class every context's PostgreSQL runs on. */
  instance: 't4g.micro',
  /**
   * max_connections there: RDS sets LEAST(DBInstanceClassMemory / 9531392, 5000), and
   * DBInstanceClassMemory is the 1 GiB minus what RDS's own processes keep, so about 80 rather
   * than the 112 the nominal 1 GiB would give. Check with `SHOW max_connections` after a deploy.
   */
  maxConnections: 80,
  /**
   * The share RDS Proxy may open (MaxConnectionsPercent); the rest stays free for the superuser
   * reserve, migrations, the basket clean-up job and an operator's psql.
   */
  proxyPercent: 75,
  /** Connections one Lambda instance's pool may hold (`<CONTEXT>_DATABASE_POOL_MAX`). */
  poolPerInstance: 2,
};

/** The connections RDS Proxy may open to the database. */
export function proxyConnections({ maxConnections, proxyPercent }: DatabaseCapacity = databaseCapacity): number {
  return Math.floor((maxConnections * proxyPercent) / 100);
}

/**
 * The most Lambda instances an app may run at once: even if every instance held its whole pool
 * in transactions (each pinning a database connection behind the proxy), they would all fit.
 */
export function lambdaConcurrencyCap(capacity: DatabaseCapacity = databaseCapacity): number {
  return Math.floor(proxyConnections(capacity) / capacity.poolPerInstance);
}

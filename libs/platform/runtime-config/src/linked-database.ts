/**
 * The PostgreSQL database SST links to a context's Lambda: `sst.aws.Postgres` exposes host, port,
 * username, password and database, which become a connection URL here.
 */
import { z } from 'zod';

export const linkedDatabaseSchema = z.object({
  host: z.string().min(1),
  port: z.coerce.number().int().positive(),
  username: z.string().min(1),
  password: z.string(),
  database: z.string().min(1),
});

export type LinkedDatabase = z.infer<typeof linkedDatabaseSchema>;

/**
 * RDS for PostgreSQL 15+ refuses unencrypted connections, so the URL asks for TLS with full
 * verification; on Lambda the RDS certificate authorities come from `NODE_EXTRA_CA_CERTS`.
 */
export function linkedDatabaseUrl(linked: LinkedDatabase): string {
  const user = `${encodeURIComponent(linked.username)}:${encodeURIComponent(linked.password)}`;
  return `postgresql://${user}@${linked.host}:${linked.port}/${encodeURIComponent(linked.database)}?sslmode=verify-full`;
}

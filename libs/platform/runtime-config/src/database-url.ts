/**
 * The one place a context's server learns its database URL: the `<CONTEXT>_DATABASE_URL` variable
 * when it is set (local runs, tests, CI), otherwise the database SST linked to the function (AWS).
 */
import { Resource } from 'sst/resource';
import type { ContextName } from '@tractor/contracts';
import { linkedDatabaseSchema, linkedDatabaseUrl } from './linked-database';
import { resourceNames } from './resource-names';

/** SST links a resource it cannot parse only through a misconfigured stack: say which. */
export class LinkedResourceError extends Error {
  override readonly name = 'LinkedResourceError';
}

/** Reads a linked resource without SST's own error when links are inactive (every local run). */
export function linkedResource(name: string): unknown {
  return name in Resource ? Reflect.get(Resource, name) : undefined;
}

export function databaseUrl(
  context: ContextName,
  configured: string | undefined,
  linked: (name: string) => unknown = linkedResource,
): string | undefined {
  if (configured) return configured;
  const name = resourceNames(context).database;
  const resource = linked(name);
  if (resource === undefined) return undefined;
  const parsed = linkedDatabaseSchema.safeParse(resource);
  if (!parsed.success) throw new LinkedResourceError(`${name} is linked but is not a database: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return linkedDatabaseUrl(parsed.data);
}

/**
 * Points a context's route handlers at its test database through an outage switch: the
 * process-wide client the handlers use and the database URL its proxy probes (both named by the
 * runtime-config rules) go through `databaseOutage`. Call before importing the routes under test
 * (modules are reset, so they read the setting afresh); `close()` undoes it all.
 */
import { databaseVariables, sharedClientKey } from '@tractor/runtime-config';
import { vi } from 'vitest';
import { databaseOutage, type DatabaseOutage } from './database-outage';

export interface AppBehindOutage extends DatabaseOutage {
  close(): Promise<void>;
}

export async function appBehindOutage<Db extends { $disconnect(): Promise<void> }>(options: {
  context: string;
  databaseUrl: string;
  connect: (url: string) => Db;
}): Promise<AppBehindOutage> {
  const outage = await databaseOutage(options.databaseUrl);
  const db = options.connect(outage.url);
  const global = globalThis as Record<string, unknown>;
  const key = sharedClientKey(options.context);
  global[key] = db;
  vi.stubEnv(databaseVariables(options.context).url, outage.url);
  vi.resetModules();
  return {
    ...outage,
    close: async () => {
      delete global[key];
      vi.unstubAllEnvs();
      await db.$disconnect();
      await outage.close();
    },
  };
}

/** Waits until `check` passes, for at most `seconds` (a recovery that needs a probe or two). */
export function eventually(check: () => Promise<void>, seconds: number): Promise<void> {
  return vi.waitFor(check, { timeout: seconds * 1000, interval: 200 });
}

import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase } from './database-admin';
import { withDatabase } from './database-url';
import { prepareDatabase } from './prepare-database';
import { testServerUrl } from './testing';

const url = withDatabase(testServerUrl(), `t_prepare_${Date.now().toString(36)}`);
const migrationsDir = join(import.meta.dirname, '__fixtures__', 'migrations');

beforeAll(() => createDatabase(url));
afterAll(() => dropDatabase(url));

function connect(at: string) {
  const client = new pg.Client({ connectionString: at });
  const ready = client.connect();
  return { client, ready, $disconnect: () => client.end() };
}

describe('prepareDatabase', () => {
  it('migrates, seeds an empty database once, and never reseeds', async () => {
    let seeds = 0;
    const options = {
      url,
      migrationsDir,
      connect,
      isEmpty: async () => seeds === 0,
      seed: async (db: ReturnType<typeof connect>) => {
        await db.ready;
        seeds += 1;
      },
      log: () => undefined,
    };
    const first = await prepareDatabase(options);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.seeded).toBe(true);
    const second = await prepareDatabase(options);
    expect(second).toEqual({ applied: [], seeded: false });
    expect(seeds).toBe(1);
  });
});

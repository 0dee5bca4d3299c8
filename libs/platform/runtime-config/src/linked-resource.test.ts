/** Through SST's real `Resource`: links arrive as `SST_RESOURCE_<Name>` JSON (as `sst shell` sets them). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const variable = 'SST_RESOURCE_ExploreDatabase';

describe('linkedResource', () => {
  beforeAll(() => {
    process.env[variable] = JSON.stringify({ host: 'explore.db.internal', port: 5432, username: 'postgres', password: 'secret', database: 'tractor' });
  });
  afterAll(() => {
    delete process.env[variable];
  });

  it('reads a linked database and leaves unlinked names undefined, without SST’s error', async () => {
    const { databaseUrl, linkedResource } = await import('./database-url');
    expect(databaseUrl('explore', undefined)).toBe('postgresql://postgres:secret@explore.db.internal:5432/tractor?sslmode=verify-full');
    expect(linkedResource('DecideDatabase')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { MissingDatabaseError, sliceDatabase } from './db';

class FakeClient {
  constructor(readonly adapter: unknown) {}
  async $disconnect(): Promise<void> {
    return undefined;
  }
}

describe('sliceDatabase', () => {
  it('says which variable to set when the context has no database', () => {
    const { db } = sliceDatabase('decide', { databasePoolMax: 5 }, (adapter) => new FakeClient(adapter));
    expect(db).toThrow(MissingDatabaseError);
    expect(db).toThrow(/^DECIDE_DATABASE_URL is not set/);
  });

  it('creates the process-wide client once, and a client per call of createDb', () => {
    const { db, createDb } = sliceDatabase('explore', { databaseUrl: 'postgresql://127.0.0.1:9/explore', databasePoolMax: 2 }, (adapter) => new FakeClient(adapter));
    expect(db()).toBe(db());
    expect(createDb('postgresql://127.0.0.1:9/other')).not.toBe(createDb('postgresql://127.0.0.1:9/other'));
  });
});

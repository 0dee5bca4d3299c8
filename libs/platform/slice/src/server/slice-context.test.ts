import { withRequestScope } from '@tractor/telemetry/node';
import { describe, expect, it } from 'vitest';
import { databaseContext, requestScope } from './slice-context';

describe('requestScope', () => {
  it('keeps the edge’s request id, and makes one when there is none', () => {
    expect(requestScope('decide', new Headers({ 'x-request-id': 'edge-1' })).requestId).toBe('edge-1');
    expect(requestScope('decide').requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('without headers, takes the id of the request it runs for', () => {
    const scope = { context: 'decide', requestId: 'page-7', timings: [] };
    expect(withRequestScope(scope, () => requestScope('decide').requestId)).toBe('page-7');
  });
});

describe('databaseContext', () => {
  const database = { name: 'decide-db' };
  const { createContext, createContextInner } = databaseContext('decide', () => database);

  it('adapts a request: the context’s database and the request’s id', () => {
    const ctx = createContext(new Headers({ 'x-request-id': 'edge-2' }));
    expect(ctx.db).toBe(database);
    expect(ctx.requestId).toBe('edge-2');
  });

  it('lets a test bring its own database and request id', () => {
    const own = { name: 'test-db' };
    expect(createContextInner({ db: own, requestId: 't-1' })).toMatchObject({ db: own, requestId: 't-1' });
  });
});

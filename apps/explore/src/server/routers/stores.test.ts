import { failureCode } from '@tractor/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBff } from '../testing';

let bff: Awaited<ReturnType<typeof createTestBff>>;
beforeAll(async () => {
  bff = await createTestBff();
});
afterAll(() => bff.drop());

const code = failureCode;

describe('stores.list', () => {
  it('lists the four stores in order', async () => {
    const stores = await bff.caller().stores.list();
    expect(stores.map((s) => s.id)).toEqual(['store-a', 'store-b', 'store-c', 'store-d']);
    expect(stores[0]).toEqual({ id: 'store-a', name: 'Aurora Flagship Store', street: 'Astronaut Way 1', city: 'Arlington', position: 0 });
  });
});

describe('stores.byId', () => {
  it('finds one store', async () => {
    expect(await bff.caller().stores.byId({ id: 'store-d' })).toEqual({ id: 'store-d', name: 'Downtown Model Store', street: 'Duck Street 4', city: 'Davenport', position: 3 });
  });

  it('answers NOT_FOUND for an unknown store and BAD_REQUEST for a malformed id', async () => {
    expect(await code(bff.caller().stores.byId({ id: 'store-z' }))).toBe('NOT_FOUND');
    expect(await code(bff.caller().stores.byId({ id: '../etc/passwd' }))).toBe('BAD_REQUEST');
  });
});

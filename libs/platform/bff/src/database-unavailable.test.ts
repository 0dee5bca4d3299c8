import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable';
import { badRequest } from './domain-error';

const serverUrl = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection, as node-postgres reports it', async () => {
    const client = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:1/postgres' });
    expect(isDatabaseUnavailable(await failure(() => client.connect()))).toBe(true);
  });

  it('recognises a connection the server ended (FATAL), and one that went away mid-session', async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const victim = new pg.Client({ connectionString: serverUrl });
    victim.on('error', () => undefined);
    await victim.connect();
    const { rows } = await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
    expect(isDatabaseUnavailable(await failure(() => victim.query('SELECT 1')))).toBe(true);
    await admin.end();
  });

  it('recognises the shapes Prisma and its pg adapter wrap those in', () => {
    expect(isDatabaseUnavailable({ name: 'PrismaClientKnownRequestError', code: 'P1001', message: "Can't reach database server" })).toBe(true);
    expect(isDatabaseUnavailable({ code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '55000', severity: 'FATAL' } } } })).toBe(true);
    expect(isDatabaseUnavailable({ code: 'INTERNAL_SERVER_ERROR', cause: { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } } })).toBe(true);
    expect(isDatabaseUnavailable({ code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01', severity: 'FATAL' } } } })).toBe(true);
  });

  it('leaves every other failure alone: bad queries, constraint violations, domain errors', async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    expect(isDatabaseUnavailable(await failure(() => client.query('SELECT nope FROM nowhere')))).toBe(false);
    expect(isDatabaseUnavailable(await failure(() => client.query("SELECT 'x'::int")))).toBe(false);
    await client.end();
    expect(isDatabaseUnavailable({ code: 'P2002', meta: { driverAdapterError: { cause: { kind: 'UniqueConstraintViolation' } } } })).toBe(false);
    expect(isDatabaseUnavailable(badRequest('no such tractor'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

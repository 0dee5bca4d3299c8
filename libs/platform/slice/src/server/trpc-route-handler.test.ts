import { createLogger, notFound } from '@tractor/bff';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { maxBatchSize } from '../batch-limit';
import { initSlice } from './init-slice';
import type { SliceContext } from './slice-context';
import { trpcEndpoint, trpcRouteHandler } from './trpc-route-handler';

const { router, publicProcedure } = initSlice<SliceContext>();
const appRouter = router({
  echo: publicProcedure.input(z.object({ sku: z.string().min(5) })).query(({ input }) => input.sku),
  missing: publicProcedure.query(() => {
    throw notFound('no product CL-99');
  }),
  broken: publicProcedure.query(() => {
    throw new Error('connection to 10.0.0.7:5432 refused');
  }),
});

function serve(guard?: (req: Request) => Response | undefined) {
  const lines: string[] = [];
  const handler = trpcRouteHandler({
    context: 'decide',
    router: appRouter,
    createContext: () => ({ requestId: 'req-7', log: createLogger({ context: 'decide', requestId: 'req-7' }, (line) => lines.push(line)) }),
    guard,
  });
  const call = (path: string, init?: RequestInit) => Promise.resolve(handler(new Request(`http://decide.test/api/trpc/${path}`, init)));
  return { call, lines };
}

const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;

describe('trpcRouteHandler', () => {
  it('serves at the manifest’s API path, without the basePath Next strips', () => {
    expect(trpcEndpoint('decide')).toBe('/api/trpc');
    expect(trpcEndpoint('explore')).toBe('/explore/api/trpc');
  });

  it('answers a procedure call', async () => {
    const response = await serve().call(`echo?${input({ sku: 'CL-01-GY' })}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: { data: 'CL-01-GY' } });
  });

  it('refuses bad input with a 400 that carries the flattened zod issues', async () => {
    const response = await serve().call(`echo?${input({ sku: 'x' })}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.data.zodError.fieldErrors.sku).toHaveLength(1);
  });

  it('maps a domain error to its own code and keeps its message', async () => {
    const response = await serve().call('missing');
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toBe('no product CL-99');
  });

  it('gives the client a generic message and the request id, and the log the detail', async () => {
    const { call, lines } = serve();
    const response = await call('broken');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('10.0.0.7');
    expect(JSON.parse(text).error).toMatchObject({ message: 'Something went wrong on our side (request req-7).', data: { requestId: 'req-7' } });
    // One line for the procedure (as every procedure has) and one with the detail of the failure.
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toEqual([
      expect.objectContaining({ level: 'warn', msg: 'procedure', procedure: 'broken', outcome: 'INTERNAL_SERVER_ERROR', requestId: 'req-7' }),
      expect.objectContaining({ level: 'error', msg: 'bff procedure failed', requestId: 'req-7', path: 'broken', error: 'connection to 10.0.0.7:5432 refused' }),
    ]);
  });

  it(`answers a batch of up to ${maxBatchSize} calls and refuses a larger one with a 400`, async () => {
    const { call } = serve();
    const batch = (size: number) => {
      const paths = Array.from({ length: size }, () => 'echo').join(',');
      const inputs = Object.fromEntries(Array.from({ length: size }, (_, i) => [i, { sku: 'CL-01-GY' }]));
      return call(`${paths}?batch=1&${input(inputs)}`);
    };
    expect((await batch(maxBatchSize)).status).toBe(200);
    const refused = await batch(maxBatchSize + 1);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Batch call exceeds maximum size');
  });

  it('lets a guard answer before tRPC runs anything', async () => {
    const { call, lines } = serve((req) => (req.method === 'POST' ? new Response('refused', { status: 403 }) : undefined));
    expect((await call('broken', { method: 'POST' })).status).toBe(403);
    expect(lines).toEqual([]);
  });
});

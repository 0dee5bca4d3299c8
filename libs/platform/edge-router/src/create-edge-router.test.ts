import { request } from 'node:http';
import { contexts } from '@tractor/contracts';
import { describe, expect, it } from 'vitest';
import { createEdgeRouter } from './create-edge-router';
import { startRouter, startUpstream } from './__tests__/test-servers';
import { defaultUpstreams } from './upstreams';

describe('createEdgeRouter', () => {
  it('defaults to the manifest ports on 127.0.0.1', () => {
    const expected = Object.fromEntries(Object.values(contexts).map(({ name, port }) => [name, { origin: `http://127.0.0.1:${port}` }]));
    expect(defaultUpstreams()).toEqual(expected);
    expect(defaultUpstreams().decide).toEqual({ origin: 'http://127.0.0.1:3002' });
  });

  it('rejects an upstream it cannot speak to at start-up', () => {
    const upstreams = { ...defaultUpstreams(), decide: { origin: 'https://decide.example' } };
    expect(() => createEdgeRouter({ upstreams })).toThrow(/decide must be http/);
  });

  it('listens on an ephemeral port and closes with a request in flight', async () => {
    const slow = await startUpstream((_req, res) => res.write('never ends'));
    const edge = await startRouter({ explore: slow.origin, decide: slow.origin, checkout: slow.origin });
    expect(edge.port).toBeGreaterThan(0);

    const firstChunk = new Promise<void>((resolve, reject) => {
      request(`${edge.url}/`, { agent: false }, (res) => {
        res.once('data', () => resolve());
        res.on('error', () => undefined);
      })
        .on('error', () => undefined)
        .end();
      setTimeout(() => reject(new Error('no response')), 2_000);
    });
    await firstChunk;
    await expect(edge.router.close()).resolves.toBeUndefined();
    await slow.close();
  });
});

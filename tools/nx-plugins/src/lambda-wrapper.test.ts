import type { InternalEvent, InternalResult } from '@opennextjs/aws/types/open-next.js';
import type { Converter } from '@opennextjs/aws/types/overrides.js';
import { contextNames, contexts } from '@tractor/contracts';
import { ReadableStream } from 'node:stream/web';
import { describe, expect, it, vi } from 'vitest';
import openNextConfig from './open-next.config';
import wrapper, { contextOfAppFolder } from './lambda-wrapper';

describe('contextOfAppFolder', () => {
  it.each(contextNames)('finds %s from its app folder inside the function’s package', (context) => {
    expect(contextOfAppFolder(`/var/task/${contexts[context].directory}`)).toBe(context);
    expect(contextOfAppFolder(`/var/task/${contexts[context].directory}/`)).toBe(context);
  });

  it('names the folders it knows when the function runs anywhere else', () => {
    expect(() => contextOfAppFolder('/var/task')).toThrow(/no context's app folder \(apps\//);
  });
});

describe('the server function’s wrapper', () => {
  it('is the one the shared OpenNext config installs', async () => {
    expect(await openNextConfig.default.override.wrapper()).toBe(wrapper);
  });

  it('answers through OpenNext’s Lambda wrapper with the request’s Server-Timing', async () => {
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(`/var/task/${contexts.decide.directory}`);
    try {
      const internal: InternalEvent = { type: 'core', method: 'GET', rawPath: '/product/CL-01', url: 'https://shop.example/product/CL-01', headers: { 'x-request-id': 'req-1' }, query: {}, cookies: {}, remoteAddress: '127.0.0.1' };
      const converter: Converter = { name: 'test', convertFrom: async () => internal, convertTo: async (result) => result };
      const handler = async (): Promise<InternalResult> => ({ type: 'core', statusCode: 200, headers: {}, body: new ReadableStream(), isBase64Encoded: false });
      const lambda = await wrapper.wrapper(handler, converter);
      const answer = (await lambda({ rawPath: '/product/CL-01' })) as InternalResult;
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['server-timing']).toMatch(/^render;dur=\d+\.\d;desc="decide until first byte"$/);
    } finally {
      cwd.mockRestore();
    }
  });
});

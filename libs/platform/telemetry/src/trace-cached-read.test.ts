import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markReadRuns, traceCachedRead } from './trace-cached-read';

const exporter = new InMemorySpanExporter();

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
});
afterAll(() => {
  trace.disable();
  context.disable();
});
beforeEach(() => exporter.reset());

/**
 * A cache that behaves like Next's data cache towards its callback: fresh entries are returned
 * without calling it, a missing one waits for it, a stale one is returned while it runs on.
 */
function cacheOf(entries: Map<string, { value: string; stale: boolean }>, read: (id: string) => Promise<string>) {
  return async (id: string) => {
    const entry = entries.get(id);
    if (entry && !entry.stale) return entry.value;
    const running = read(id).then((value) => {
      entries.set(id, { value, stale: false });
      return value;
    });
    return entry ? entry.value : running;
  };
}

const spanNamed = (name: string) => exporter.getFinishedSpans().find((span) => span.name === name);

describe('traceCachedRead', () => {
  const entries = new Map([
    ['CL-01', { value: 'cached', stale: false }],
    ['CL-02', { value: 'old', stale: true }],
  ]);
  let release: () => void = () => undefined;
  const read = traceCachedRead(
    'decide:product',
    cacheOf(
      entries,
      markReadRuns((id) =>
        trace.getTracer('test').startActiveSpan(`procedure ${id}`, async (span) => {
          if (id === 'CL-02') await new Promise<void>((resolve) => (release = resolve));
          span.end();
          return 'fresh';
        }),
      ),
    ),
  );

  it('says hit when the cache answers and nothing runs', async () => {
    expect(await read('CL-01')).toBe('cached');
    expect(spanNamed('read decide:product')?.attributes).toMatchObject({ 'cache.name': 'decide:product', 'cache.outcome': 'hit', 'cache.hit': true });
    expect(spanNamed('procedure CL-01')).toBeUndefined();
  });

  it('says miss when the read runs, with the read’s own spans under it', async () => {
    expect(await read('CL-03')).toBe('fresh');
    const outer = spanNamed('read decide:product');
    expect(outer?.attributes).toMatchObject({ 'cache.outcome': 'miss', 'cache.hit': false });
    expect(spanNamed('procedure CL-03')?.parentSpanContext?.spanId).toBe(outer?.spanContext().spanId);
  });

  it('says stale when an old entry is served while the read refreshes it', async () => {
    expect(await read('CL-02')).toBe('old');
    expect(spanNamed('read decide:product')?.attributes).toMatchObject({ 'cache.outcome': 'stale', 'cache.hit': true });
    release();
  });

  it('ends its span with an error status when the read fails, and rethrows', async () => {
    const failing = traceCachedRead('decide:product', markReadRuns(() => Promise.reject(new Error('no such product'))));
    await expect(failing()).rejects.toThrow('no such product');
    expect(spanNamed('read decide:product')?.status).toMatchObject({ code: 2, message: 'threw' });
  });
});

describe('the cached read log line', () => {
  const lines: { level: 'debug' | 'info'; fields: Record<string, unknown> }[] = [];
  const log = {
    debug: (_message: string, fields: Record<string, unknown> = {}) => lines.push({ level: 'debug', fields }),
    info: (_message: string, fields: Record<string, unknown> = {}) => lines.push({ level: 'info', fields }),
  };
  beforeEach(() => (lines.length = 0));

  it('is debug for a hit, where nothing ran', async () => {
    const read = traceCachedRead('explore:products', async () => 'cached', log);
    await read();
    expect(lines).toEqual([{ level: 'debug', fields: expect.objectContaining({ read: 'explore:products', cache: 'hit' }) }]);
  });

  it('is info for a miss, where the read ran', async () => {
    const read = traceCachedRead('explore:products', markReadRuns(async () => 'fresh'), log);
    await read();
    expect(lines).toEqual([{ level: 'info', fields: expect.objectContaining({ cache: 'miss' }) }]);
  });

  it('is info when the read threw', async () => {
    const read = traceCachedRead('explore:products', markReadRuns(() => Promise.reject(new Error('down'))), log);
    await expect(read()).rejects.toThrow('down');
    expect(lines).toEqual([{ level: 'info', fields: expect.objectContaining({ cache: 'miss', outcome: 'threw' }) }]);
  });
});

import { mkdtempSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trace } from '@opentelemetry/api';
import { afterAll, describe, expect, it } from 'vitest';
import { shopTracer } from './shop-tracer';
import { startTelemetry, stopTelemetry } from './start-telemetry';

afterAll(() => stopTelemetry());

describe('startTelemetry', () => {
  it('traces Prisma through its global helper, without hooking require()', async () => {
    const require = Module.prototype.require;
    await startTelemetry({ context: 'decide', env: { SHOP_TRACES_DIR: mkdtempSync(join(tmpdir(), 'traces-')) } });
    expect(Module.prototype.require).toBe(require);
    expect((globalThis as Record<string, unknown>)['PRISMA_INSTRUMENTATION']).toBeDefined();
  });

  it("records the shop's spans and leaves the global tracer a no-op, so Next.js records none of its own", () => {
    expect(shopTracer('@tractor/telemetry').startSpan('request').isRecording()).toBe(true);
    expect(trace.getTracer('next.js').startSpan('render route (app) /product/[sku]').isRecording()).toBe(false);
  });
});

import { mkdtempSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTelemetry, stopTelemetry } from './start-telemetry';

afterAll(() => stopTelemetry());

describe('startTelemetry', () => {
  it('traces Prisma through its global helper, without hooking require()', () => {
    const require = Module.prototype.require;
    startTelemetry({ context: 'decide', env: { SHOP_TRACES_DIR: mkdtempSync(join(tmpdir(), 'traces-')) } });
    expect(Module.prototype.require).toBe(require);
    expect((globalThis as Record<string, unknown>)['PRISMA_INSTRUMENTATION']).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ProcessGroup } from './processes';

describe('ProcessGroup', () => {
  it('turns Next’s telemetry off for every child, whatever the caller passes', async () => {
    const group = new ProcessGroup();
    const print = 'console.log(process.env.NEXT_TELEMETRY_DISABLED)';
    const line = await new Promise<string>((resolve) => {
      group.spawn('probe', process.execPath, ['-e', print], { cwd: process.cwd(), env: { NEXT_TELEMETRY_DISABLED: '0' }, onLine: resolve });
    });
    expect(line).toBe('1');
    await group.stopAll();
  });
});

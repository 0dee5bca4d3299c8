import { describe, expect, it } from 'vitest';
import { printsEveryLine, shownInTerminal } from './terminal-filter';

const line = (level: string, msg: string) => JSON.stringify({ level, time: '2026-12-02T01:47:43.835Z', context: 'decide', msg });

describe('shownInTerminal', () => {
  it('keeps a context’s info lines in its log file only', () => {
    for (const msg of ['request', 'include', 'procedure', 'cached read']) expect(shownInTerminal(line('info', msg)), msg).toBe(false);
    expect(shownInTerminal(line('debug', 'x'))).toBe(false);
  });

  it('prints warnings, errors and fatal lines', () => {
    for (const level of ['warn', 'error', 'fatal']) expect(shownInTerminal(line(level, 'fragment include failed')), level).toBe(true);
  });

  it('prints lines that are not the JSON log: banners, build output, stack traces', () => {
    for (const text of ['   ▲ Next.js 16.4.6', '✓ Ready in 412ms', '    at db (../../libs/platform/slice/src/db.ts:51:21)', '{"not":"a log line"}', '']) {
      expect(shownInTerminal(text), text).toBe(true);
    }
  });
});

describe('printsEveryLine', () => {
  it('is on with SHOP_LOG=all only', () => {
    expect(printsEveryLine({ SHOP_LOG: 'all' })).toBe(true);
    expect(printsEveryLine({})).toBe(false);
    expect(printsEveryLine({ SHOP_LOG: 'yes' })).toBe(false);
  });
});

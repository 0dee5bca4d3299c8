import { describe, expect, it } from 'vitest';
import { isQuietAsset, prettyLine } from './pretty-line';

const line = JSON.stringify({ level: 'warn', time: '2026-12-01T14:00:00.000Z', msg: 'fragment include failed', context: 'decide', fragment: 'checkout/mini-cart', outcome: 'timeout', error: 'ECONNREFUSED', traceId: 'abc' });

describe('prettyLine', () => {
  it('turns a JSON log line into one readable line with level, message and fields', () => {
    const text = prettyLine(line);
    expect(text).not.toContain('\n');
    expect(text).toMatch(/^WARN.*fragment include failed/);
    expect(text).toContain('"fragment":"checkout/mini-cart"');
    expect(text).toContain('"error":"ECONNREFUSED"');
    expect(text).not.toContain('2026-12-01');
  });

  it('passes anything else through', () => {
    expect(prettyLine('▲ Next.js 16.4.6')).toBe('▲ Next.js 16.4.6');
    expect(prettyLine('{not json')).toBe('{not json');
    expect(prettyLine('{"no":"level"}')).toBe('{"no":"level"}');
  });
});

describe('isQuietAsset', () => {
  it('is true for a successful static asset request only', () => {
    const request = (route: string, status: number) => JSON.stringify({ level: 'info', msg: 'request', route, status });
    expect(isQuietAsset(request('/product/_next/static/chunks/a.js', 200))).toBe(true);
    expect(isQuietAsset(request('/_next/static/chunks/a.js', 304))).toBe(true);
    expect(isQuietAsset(request('/_next/static/chunks/a.js', 404))).toBe(false);
    expect(isQuietAsset(request('/product/CL-01', 200))).toBe(false);
    expect(isQuietAsset('GET /_next/static/a.js 200')).toBe(false);
  });
});

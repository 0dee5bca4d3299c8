import { context, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { withRequestScope } from './request-scope-store';

beforeAll(() => void context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()));
afterAll(() => context.disable());

function capture() {
  const lines: string[] = [];
  return { lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), write: (line: string) => lines.push(line) };
}

const span = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED };

describe('createLogger', () => {
  it('writes one JSON line per call with level, time, message, base fields and the active trace', () => {
    const out = capture();
    const log = createLogger({ context: 'decide' }, out.write);
    context.with(trace.setSpanContext(context.active(), span), () => log.info('procedure', { procedure: 'product.byId', ms: 3 }));
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).not.toContain('\n');
    expect(out.entries()[0]).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      msg: 'procedure',
      context: 'decide',
      procedure: 'product.byId',
      ms: 3,
      traceId: span.traceId,
      spanId: span.spanId,
    });
  });

  it('takes request id, context and trace id from the request scope when nothing else names them', () => {
    const out = capture();
    const scope = { context: 'explore', requestId: 'req-9', traceId: span.traceId, timings: [] };
    withRequestScope(scope, () => createLogger({}, out.write).warn('include'));
    expect(out.entries()[0]).toMatchObject({ level: 'warn', context: 'explore', requestId: 'req-9', traceId: span.traceId });
  });

  it('never prints a cookie or credentials, wherever they are passed', () => {
    const out = capture();
    createLogger({}, out.write).info('oops', { cookie: 'c_cart=secret', headers: { cookie: 'c_cart=secret', authorization: 'Bearer x' }, email: 'a@b.c' });
    expect(out.lines[0]).not.toMatch(/secret|Bearer|a@b\.c/);
    expect(out.entries()[0]).toMatchObject({ cookie: '[redacted]', headers: { cookie: '[redacted]', authorization: '[redacted]' } });
  });

  it('keeps base fields on children', () => {
    const out = capture();
    createLogger({ context: 'checkout' }, out.write).child({ requestId: 'r1' }).error('failed');
    expect(out.entries()[0]).toMatchObject({ level: 'error', context: 'checkout', requestId: 'r1', msg: 'failed' });
  });
});

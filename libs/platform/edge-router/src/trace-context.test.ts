import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { traceParentOf } from './trace-context';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/;
const request = (traceparent?: string | string[]) => ({ headers: traceparent === undefined ? {} : { traceparent } }) as IncomingMessage;

describe('traceParentOf', () => {
  it('keeps a valid incoming traceparent', () => {
    const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00';
    expect(traceParentOf(request(incoming))).toBe(incoming);
  });

  it.each([
    ['absent', undefined],
    ['malformed', 'not-a-trace'],
    ['an all-zero trace id', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['an all-zero parent id', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
    ['repeated', ['00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01']],
  ])('starts a new sampled trace when the incoming one is %s', (_label, incoming) => {
    expect(traceParentOf(request(incoming))).toMatch(TRACEPARENT);
  });

  it('gives one request the same trace every time it is asked, and two requests two traces', () => {
    const first = request();
    expect(traceParentOf(first)).toBe(traceParentOf(first));
    expect(traceParentOf(request())).not.toBe(traceParentOf(first));
  });
});

/**
 * A trace as a terminal waterfall: one row per span in call order, indented under its parent,
 * with the context that recorded it, its start and duration relative to the trace, its outcome
 * and a bar, so the slow or failed part of a page view stands out at a glance.
 */
import type { SpanRecord } from './trace-file';

export interface WaterfallOptions {
  readonly width?: number;
  /** Also show the framework's plumbing spans (module loading, serialisation, …). */
  readonly all?: boolean;
}

/** Spans that say how Next and Prisma work inside, not what the page did; their children stay. */
const plumbing = new Set([
  'resolve page components',
  'load route module',
  'prepare route module',
  'resolve segment modules',
  'build component tree',
  'load app route module',
  'start response',
  'NextNodeServer.clientComponentLoading',
  'prisma:client:serialize',
  'prisma:client:compile',
]);

function isPlumbing(span: SpanRecord, byId: Map<string, SpanRecord>): boolean {
  if (plumbing.has(span.name)) return true;
  // Next's own span for the fetch an include makes repeats the include.
  const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
  return span.name.startsWith('fetch ') && parent?.name.startsWith('include ') === true;
}

export function outcomeOf(span: SpanRecord): string {
  const a = span.attributes;
  if (typeof a['fragment.outcome'] === 'string') return a['fragment.fallback'] === true ? `${a['fragment.outcome']}, fallback` : a['fragment.outcome'];
  if (typeof a['trpc.outcome'] === 'string') return a['trpc.outcome'];
  if (typeof a['cache.outcome'] === 'string') return `cache ${a['cache.outcome']}`;
  const status = a['http.status_code'] ?? a['http.response.status_code'];
  if (status !== undefined) return String(status);
  return span.status === 'error' ? `error${span.statusMessage ? `: ${span.statusMessage}` : ''}` : 'ok';
}

function ordered(spans: readonly SpanRecord[], all: boolean): { span: SpanRecord; depth: number }[] {
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  const ids = new Set(byId.keys());
  const children = new Map<string | undefined, SpanRecord[]>();
  for (const span of spans) {
    const parent = span.parentSpanId && ids.has(span.parentSpanId) ? span.parentSpanId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const rows: { span: SpanRecord; depth: number }[] = [];
  const visit = (parent: string | undefined, depth: number) => {
    for (const span of (children.get(parent) ?? []).sort((a, b) => a.start - b.start)) {
      const shown = all || !isPlumbing(span, byId);
      if (shown) rows.push({ span, depth });
      visit(span.spanId, shown ? depth + 1 : depth);
    }
  };
  visit(undefined, 0);
  return rows;
}

const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
const num = (ms: number) => ms.toFixed(1).padStart(8);

export function waterfall(spans: readonly SpanRecord[], { width = 30, all = false }: WaterfallOptions = {}): string {
  if (spans.length === 0) return 'no spans';
  const begin = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.start + span.ms));
  const total = Math.max(end - begin, 0.001);
  const header = `${pad('context', 10)} ${pad('span', 56)} ${'start'.padStart(8)} ${'ms'.padStart(8)}  ${pad('outcome', 18)} timeline`;
  const lines = ordered(spans, all).map(({ span, depth }) => {
    const from = Math.floor(((span.start - begin) / total) * width);
    const length = Math.max(1, Math.round((span.ms / total) * width));
    const bar = `${' '.repeat(from)}${'█'.repeat(Math.min(length, width - from))}`;
    return `${pad(span.service, 10)} ${pad(`${'  '.repeat(depth)}${span.name}`, 56)} ${num(span.start - begin)} ${num(span.ms)}  ${pad(outcomeOf(span), 18)} ${bar}`;
  });
  const first = spans[0];
  return [`trace ${first?.traceId ?? ''}: ${spans.length} spans over ${total.toFixed(1)} ms`, '', header, ...lines].join('\n');
}

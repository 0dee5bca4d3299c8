/**
 * A trace as a terminal waterfall: one row per span in call order, indented under its parent,
 * with the context that recorded it, its start and duration relative to the trace, its outcome
 * and a bar, so the slow or failed part of a page view stands out at a glance.
 */
import type { SpanRecord } from './trace-file';

export interface WaterfallOptions {
  readonly width?: number;
}

export function outcomeOf(span: SpanRecord): string {
  const a = span.attributes;
  if (typeof a['fragment.outcome'] === 'string') return a['fragment.fallback'] === true ? `${a['fragment.outcome']}, fallback` : a['fragment.outcome'];
  if (typeof a['trpc.outcome'] === 'string') return a['trpc.outcome'];
  const status = a['http.status_code'] ?? a['http.response.status_code'];
  if (status !== undefined) return String(status);
  return span.status === 'error' ? `error${span.statusMessage ? `: ${span.statusMessage}` : ''}` : 'ok';
}

function ordered(spans: readonly SpanRecord[]): { span: SpanRecord; depth: number }[] {
  const ids = new Set(spans.map((span) => span.spanId));
  const children = new Map<string | undefined, SpanRecord[]>();
  for (const span of spans) {
    const parent = span.parentSpanId && ids.has(span.parentSpanId) ? span.parentSpanId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const rows: { span: SpanRecord; depth: number }[] = [];
  const visit = (parent: string | undefined, depth: number) => {
    for (const span of (children.get(parent) ?? []).sort((a, b) => a.start - b.start)) {
      rows.push({ span, depth });
      visit(span.spanId, depth + 1);
    }
  };
  visit(undefined, 0);
  return rows;
}

const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
const num = (ms: number) => ms.toFixed(1).padStart(8);

export function waterfall(spans: readonly SpanRecord[], { width = 30 }: WaterfallOptions = {}): string {
  if (spans.length === 0) return 'no spans';
  const begin = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.start + span.ms));
  const total = Math.max(end - begin, 0.001);
  const header = `${pad('context', 10)} ${pad('span', 56)} ${'start'.padStart(8)} ${'ms'.padStart(8)}  ${pad('outcome', 18)} timeline`;
  const lines = ordered(spans).map(({ span, depth }) => {
    const from = Math.floor(((span.start - begin) / total) * width);
    const length = Math.max(1, Math.round((span.ms / total) * width));
    const bar = `${' '.repeat(from)}${'█'.repeat(Math.min(length, width - from))}`;
    return `${pad(span.service, 10)} ${pad(`${'  '.repeat(depth)}${span.name}`, 56)} ${num(span.start - begin)} ${num(span.ms)}  ${pad(outcomeOf(span), 18)} ${bar}`;
  });
  const first = spans[0];
  return [`trace ${first?.traceId ?? ''}: ${spans.length} spans over ${total.toFixed(1)} ms`, '', header, ...lines].join('\n');
}

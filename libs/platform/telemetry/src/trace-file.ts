/**
 * The local trace file: one JSON object per finished span, one line each, in
 * `<data dir>/traces/<context>.jsonl`. Flat on purpose, so `grep` and `jq` read it as easily as
 * `npm run trace` does.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SpanRecord {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  /** The context (service) that recorded the span. */
  readonly service: string;
  /** Epoch milliseconds. */
  readonly start: number;
  readonly ms: number;
  readonly status: 'ok' | 'error' | 'unset';
  readonly statusMessage?: string;
  readonly attributes: Readonly<Record<string, unknown>>;
}

export function parseSpanLine(line: string): SpanRecord | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Partial<SpanRecord>;
    const valid = typeof record.traceId === 'string' && typeof record.spanId === 'string' && typeof record.name === 'string' && typeof record.start === 'number' && typeof record.ms === 'number';
    return valid ? ({ attributes: {}, service: 'unknown', status: 'unset', ...record } as SpanRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Every span in every `*.jsonl` file of the folder; a torn last line (a write in progress) is skipped. */
export async function readSpans(dir: string): Promise<SpanRecord[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith('.jsonl'));
  const texts = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
  return texts.flatMap((text) => text.split('\n').flatMap((line) => parseSpanLine(line) ?? []));
}

/** Launcher output: one coloured prefix per source, so interleaved logs stay readable. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { logDestination } from '@tractor/telemetry';
import { prettyLine } from './pretty-line';
import { printsEveryLine, shownInTerminal } from './terminal-filter';

const colours: Record<string, number> = { explore: 31, decide: 32, checkout: 33, router: 36, shop: 35 };
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
// Lines arriving together (a server writes its lines in batches) reach the terminal in one write.
const terminal = logDestination({ maxDelayMs: 20 });

export function prefix(source: string): string {
  const label = `[${source}]`.padEnd(13);
  const code = colours[source.split(':')[0] ?? ''] ?? 37;
  return useColour ? `\u001b[${code}m${label}\u001b[0m` : label;
}

export function say(source: string, line: string): void {
  terminal.write(`${prefix(source)} ${prettyLine(line)}\n`);
}

/**
 * Copies a child's output line by line under its prefix (its info log lines only to `onLine`, the
 * log file, unless `SHOP_LOG=all`: see `terminal-filter.ts`); resolves when the stream ends.
 */
export function pipeLines(source: string, stream: Readable | null, onLine?: (line: string) => void): void {
  if (!stream) return;
  const every = printsEveryLine();
  const lines = createInterface({ input: stream });
  lines.on('line', (line) => {
    if (every || shownInTerminal(line)) say(source, line);
    onLine?.(line);
  });
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { logDestination } from '@tractor/telemetry';

/**
 * Keeps a source's raw log lines (the JSON the servers write) in `<data dir>/logs/<source>.log`,
 * beside the trace files, so a run can be searched by request or trace id after the terminal
 * scrolled past it. The file opens with the first line, after `--fresh` has emptied the folder;
 * lines are written in batches, within 100 ms.
 */
export function logFile(dataDir: string, source: string): (line: string) => void {
  let file: { write(line: string): void } | undefined;
  return (line) => {
    if (!file) {
      const dir = join(dataDir, 'logs');
      mkdirSync(dir, { recursive: true });
      file = logDestination({ dest: join(dir, `${source}.log`), env: {} });
    }
    file.write(`${line}\n`);
  };
}

import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

/**
 * Keeps a source's raw log lines (the JSON the servers write) in `<data dir>/logs/<source>.log`,
 * beside the trace files, so a run can be searched by request or trace id after the terminal
 * scrolled past it. The file opens with the first line, after `--fresh` has emptied the folder.
 */
export function logFile(dataDir: string, source: string): (line: string) => void {
  let stream: WriteStream | undefined;
  return (line) => {
    if (!stream) {
      const dir = join(dataDir, 'logs');
      mkdirSync(dir, { recursive: true });
      stream = createWriteStream(join(dir, `${source}.log`), { flags: 'a' });
    }
    stream.write(`${line}\n`);
  };
}

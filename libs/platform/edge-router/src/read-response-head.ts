import type { Readable } from 'node:stream';

const END = Buffer.from('\r\n\r\n');
/** Far above any real response head; past this the upstream is not speaking HTTP. */
const LIMIT = 64 * 1024;

/**
 * Collects bytes until the end of the response head, then pauses the stream and hands over the
 * head (without its blank line) and whatever bytes followed it. Pausing keeps later frames from
 * being emitted before the caller has attached its pipe.
 */
export function readResponseHead(
  stream: Readable,
  onHead: (head: string, rest: Buffer) => void,
  onInvalid: (error: Error) => void,
): void {
  let buffered = Buffer.alloc(0);
  const onData = (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    const end = buffered.indexOf(END);
    if (end === -1) {
      if (buffered.length <= LIMIT) return;
      stream.off('data', onData);
      onInvalid(new Error(`upstream response head exceeds ${LIMIT} bytes`));
      return;
    }
    stream.off('data', onData);
    stream.pause();
    onHead(buffered.subarray(0, end).toString('latin1'), buffered.subarray(end + END.length));
  };
  stream.on('data', onData);
}

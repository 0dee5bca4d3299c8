import { Transform } from 'node:stream';
import { BodyTooLargeError } from './edge-errors';

/** Passes a request body through, chunk by chunk, and fails as soon as it exceeds `max` bytes. */
export function bodyLimit(max: number, onTooLarge: (error: BodyTooLargeError) => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > max) {
        onTooLarge(new BodyTooLargeError(max));
        done();
        return;
      }
      done(null, chunk);
    },
  });
}

/** The declared length when it alone already exceeds the cap: refused before a byte is read. */
export function declaredTooLarge(contentLength: string | undefined, max: number): boolean {
  return contentLength !== undefined && Number(contentLength) > max;
}

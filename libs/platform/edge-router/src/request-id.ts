import { randomUUID } from 'node:crypto';

/** Ids we pass on as given: short and free of anything that could break a log line or a header. */
const SANE = /^[A-Za-z0-9._-]{1,200}$/;

/**
 * The id that follows a request through the edge and every context. An incoming id is kept so a
 * trace that started further out stays whole; anything odd is replaced rather than cleaned.
 */
export function requestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE.test(incoming) ? incoming : randomUUID();
}

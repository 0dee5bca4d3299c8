import { currentRequestScope } from './request-scope';

/** One `Server-Timing` entry: a token name, a duration and a short readable description. */
export interface ServerTiming {
  readonly name: string;
  readonly ms: number;
  readonly description?: string;
}

/** Adds an entry to the current request's `Server-Timing` header; outside a request it does nothing. */
export function recordServerTiming(entry: ServerTiming): void {
  currentRequestScope()?.timings.push(entry);
}

/** Characters a Server-Timing name may not hold (RFC 9110 token) become `.`. */
const notToken = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/g;

export function formatServerTiming(entries: readonly ServerTiming[]): string {
  return entries
    .map(({ name, ms, description }) => {
      const entry = `${name.replace(notToken, '.')};dur=${ms.toFixed(1)}`;
      return description === undefined ? entry : `${entry};desc="${description.replace(/["\\\r\n]/g, '')}"`;
    })
    .join(', ');
}

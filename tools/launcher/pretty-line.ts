/**
 * Makes the shop's JSON log lines readable in a terminal: level, message and fields on one line,
 * the trace id shortened to what a developer types into `npm run trace`. Lines that are not JSON
 * (Next's own banner, build output) pass through unchanged.
 */
import { prettyFactory } from 'pino-pretty';

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const format = prettyFactory({ colorize: useColour, singleLine: true, ignore: 'time,spanId,source', translateTime: false, errorLikeObjectKeys: ['err'] });

export function prettyLine(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line) as Record<string, unknown>;
    if (typeof entry.level !== 'string') return line;
    return format({ ...entry, level: levels[entry.level] ?? 30 }).trimEnd();
  } catch {
    return line;
  }
}

const levels: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

/** A JSON request line for a static asset that succeeded: noise in a developer's terminal. */
export function isQuietAsset(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const { route, status } = JSON.parse(line) as { route?: unknown; status?: unknown };
    return typeof route === 'string' && /\/_next\/static\//.test(route) && (status === 200 || status === 304);
  } catch {
    return false;
  }
}

/**
 * Which of a context's lines `npm start` prints. The router already prints one line per request
 * (route, context, status, time, request id); a context's own info lines (its request, includes,
 * cached reads, procedures) add four or five more per page view, cost the launcher more CPU than
 * the router itself under load, and stay in `<data dir>/logs/<context>.log` for `grep` or
 * `npm run trace`. Warnings, errors and anything that is not a JSON log line (Next's banner, build
 * output, stack traces) are always printed. `SHOP_LOG=all` prints every line.
 */
const quietLevels = new Set(['trace', 'debug', 'info']);

export function printsEveryLine(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHOP_LOG === 'all';
}

export function shownInTerminal(line: string): boolean {
  // pino writes the level first; a line that does not start that way is shown as it is.
  const level = /^\{"level":"([a-z]+)"/.exec(line)?.[1];
  return level === undefined || !quietLevels.has(level);
}

/**
 * Remembers, for this server process, that its database is unreachable, so requests are answered
 * with a fast 503 instead of each waiting for a connection that will fail.
 *
 * Anything that meets an unreachable database reports it (`reportDatabaseUnavailable`, called by
 * the BFF's error mapping and by route handlers). While it is down, `databaseUnavailable()` probes
 * the database at most once per `retryAfterSeconds` (concurrent callers share the probe) and
 * opens again as soon as a probe succeeds: recovery needs no restart. The state lives on
 * `globalThis`, so the proxy and the route code of one Next server share it.
 */
export interface DatabaseGateState {
  down: boolean;
  /** When the last probe started (ms since the epoch); 0 before the first. */
  probedAt: number;
  probing: Promise<boolean> | null;
}

/** How long a shopper is asked to wait before trying again (the `Retry-After` header). */
export const retryAfterSeconds = 2;

const key = Symbol.for('tractor.database-gate');
const holder = globalThis as { [key]?: DatabaseGateState };

export function databaseGateState(): DatabaseGateState {
  holder[key] ??= { down: false, probedAt: 0, probing: null };
  return holder[key];
}

export function reportDatabaseUnavailable(now = Date.now()): void {
  const state = databaseGateState();
  if (!state.down) state.probedAt = now;
  state.down = true;
}

/**
 * True while the database is known to be down. `probe` resolves when the database answers and
 * rejects (or times out) when it does not; it only runs while the gate is down.
 */
export async function databaseUnavailable(probe: () => Promise<void>, now = Date.now()): Promise<boolean> {
  const state = databaseGateState();
  if (!state.down) return false;
  if (state.probing) return state.probing;
  if (now - state.probedAt < retryAfterSeconds * 1000) return true;
  state.probedAt = now;
  state.probing = probe().then(
    () => false,
    () => true,
  );
  try {
    state.down = await state.probing;
    return state.down;
  } finally {
    state.probing = null;
  }
}

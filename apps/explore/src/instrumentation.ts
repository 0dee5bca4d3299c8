/** Explore's server, once: the request gate (`request-gate.ts`), then traces, Server-Timing and request logs (see @tractor/telemetry). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // The gate first, so the telemetry's request scope and log line wrap it, and a 503 it answers.
    const { installGate } = await import('./request-gate');
    installGate();
    const { startTelemetry } = await import('@tractor/telemetry/node');
    await startTelemetry({ context: 'explore' });
  }
}

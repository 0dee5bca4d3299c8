/** Traces, Server-Timing and request logs for decide's server (see @tractor/telemetry). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startTelemetry } = await import('@tractor/telemetry/node');
    await startTelemetry({ context: 'decide' });
  }
}

import { trace, type Tracer, type TracerProvider } from '@opentelemetry/api';

/**
 * The tracer provider of the shop's own spans (requests, includes, procedures, cached reads,
 * Prisma queries), kept out of OpenTelemetry's global registry on purpose: Next.js records a span
 * for every step of every request whenever a global provider is registered, and those spans cost
 * more than the shop's own while telling a team little it cannot see from them.
 *
 * Found through a global, because every bundle of an app (instrumentation, pages, route handlers)
 * holds its own copy of this module. Without one (tracing off, or a unit test that registers a
 * global provider instead) the shop's spans go wherever the global registry says.
 */
const providerKey = Symbol.for('tractor.tracer-provider');

type WithProvider = typeof globalThis & { [providerKey]?: TracerProvider };

export function setShopTracerProvider(provider: TracerProvider | undefined): void {
  const holder = globalThis as WithProvider;
  if (provider) holder[providerKey] = provider;
  else delete holder[providerKey];
}

/** Asked for per call: a tracer kept from before telemetry started (or after it stopped) would be stale. */
export function shopTracer(name: string): Tracer {
  return ((globalThis as WithProvider)[providerKey] ?? trace.getTracerProvider()).getTracer(name);
}

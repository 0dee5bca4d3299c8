/** Command-line options of `npm run load`; a bad value stops it with a clear message. */
import { parseArgs } from 'node:util';
import { contexts, edge } from '@tractor/contracts';

export interface LoadOptions {
  /** The shop's origin: the edge router, never a context's own port. */
  readonly origin: string;
  readonly connections: number;
  readonly seconds: number;
  /** Share of shoppers who place their order; the others leave their basket. */
  readonly orderShare: number;
  /** Checkout's database, read afterwards to check that no unit was lost or sold twice. */
  readonly checkoutDatabaseUrl: string;
  /** A request with no answer after this long counts as a timeout. */
  readonly timeoutSeconds: number;
}

const usage =
  'usage: npm run load -- [--connections N] [--seconds S] [--port-offset N | --origin URL] [--order-share 0..1] [--checkout-db URL] [--timeout S]';

function bounded(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}, got "${text}"\n${usage}`);
  return value;
}

export function parseLoadOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): LoadOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      connections: { type: 'string', default: '10' },
      seconds: { type: 'string', default: '20' },
      'port-offset': { type: 'string', default: env['SHOP_PORT_OFFSET'] ?? '0' },
      origin: { type: 'string' },
      'order-share': { type: 'string', default: '0.1' },
      'checkout-db': { type: 'string' },
      timeout: { type: 'string', default: '10' },
    },
  });
  const offset = Math.round(bounded('port-offset', values['port-offset'], 0, 50_000));
  const origin = new URL(values.origin ?? `http://127.0.0.1:${edge.port + offset}`);
  // Load is only ever generated against this machine.
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(origin.hostname)) throw new Error(`--origin must be on 127.0.0.1, got ${origin.host}`);
  return {
    origin: origin.origin,
    connections: Math.round(bounded('connections', values.connections, 1, 500)),
    seconds: Math.round(bounded('seconds', values.seconds, 1, 600)),
    orderShare: bounded('order-share', values['order-share'], 0, 1),
    checkoutDatabaseUrl:
      values['checkout-db'] ?? env['CHECKOUT_DATABASE_URL'] ?? `postgresql://postgres@127.0.0.1:${contexts.checkout.databasePort + offset}/postgres`,
    timeoutSeconds: bounded('timeout', values.timeout, 1, 60),
  };
}

import type { Exchange } from './exchange';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const resetCodes = new Set(['ECONNRESET', 'EPIPE']);

/**
 * A kept-alive connection may be closed by the context at the very moment the edge reuses it; the
 * request then fails before the context saw it. A safe request without a body is sent once more
 * on a fresh connection. Anything else (a POST may have been acted on) is answered 502.
 */
export function isRetryable(error: Error, exchange: Exchange, hasBody: boolean): boolean {
  const code: unknown = 'code' in error ? error.code : undefined;
  return (
    !exchange.retried &&
    !hasBody &&
    exchange.upstream?.reusedSocket === true &&
    typeof code === 'string' &&
    resetCodes.has(code) &&
    safeMethods.has(exchange.req.method ?? '') &&
    !exchange.res.headersSent
  );
}

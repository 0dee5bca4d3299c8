/**
 * The body of every context's `proxy.ts`: while the context's database is known to be down, the
 * branded 503 at once (`databaseDownProxy`); otherwise a page renders with a fresh CSP nonce
 * (`withPageNonce`) and every other request goes on untouched.
 */
import { databaseDownProxy } from '@tractor/bff';
import type { ContextName } from '@tractor/contracts';
import { isPage, withPageNonce } from '@tractor/security-headers/next';

/** Next hands the proxy a NextRequest (path without the basePath); tests may hand it a plain Request. */
type ProxyRequest = Request & { nextUrl?: { pathname: string } };

export function contextProxy({ context, databaseUrl }: { context: ContextName; databaseUrl: () => string | undefined }) {
  const databaseDown = databaseDownProxy({ context, url: databaseUrl });
  return async (request: ProxyRequest): Promise<Response | undefined> => {
    const down = await databaseDown(request);
    if (down) return down;
    const pathname = request.nextUrl?.pathname ?? new URL(request.url).pathname;
    return isPage(pathname) ? withPageNonce(request) : undefined;
  };
}

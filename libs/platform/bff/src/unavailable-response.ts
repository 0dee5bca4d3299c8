/**
 * The answer of a context whose database is down: 503 with `Retry-After`, never cached. Browsers
 * get a branded page saying the context is catching its breath and what did not happen;
 * everything else (fetch, tRPC, fragment includes) gets the same words as JSON in tRPC's error
 * shape.
 */
import { contexts, type ContextName } from '@tractor/contracts';
import { html, statusPage } from '@tractor/fragments';
import { retryAfterSeconds } from './database-gate';

export interface UnavailableOptions {
  context: ContextName;
  /** What did not happen, in the shopper's words ("Nothing was added to your basket."). */
  outcome?: string;
  /** Where "try again" leads: by default the page itself, or for a form post the page it came from. */
  retryHref?: string;
}

const title = (context: ContextName) => `${context.charAt(0).toUpperCase()}${context.slice(1)} is catching its breath`;

export function unavailableMessage({ context, outcome = 'Nothing was changed.' }: UnavailableOptions): string {
  return `${title(context)}. ${outcome} Please try again in a few seconds.`;
}

export function unavailablePage({ context, outcome = 'Nothing was changed.', retryHref = '/' }: UnavailableOptions): string {
  return statusPage({
    title: title(context),
    accent: contexts[context].color,
    heading: title(context),
    boundary: context,
    body: html`<p>${outcome} Please try again in a few seconds; the rest of the store is still open.</p>
  <a href="${retryHref}">Try again</a><a class="secondary" href="/">Back to the store</a>`,
  });
}

/** The 503 itself: HTML for a browser's navigation, JSON for everything else. */
export function unavailableResponse(request: Request, options: UnavailableOptions): Response {
  const isPage = (request.headers.get('accept') ?? '').includes('text/html');
  const body = isPage
    ? unavailablePage({ ...options, retryHref: options.retryHref ?? retryTarget(request) })
    : JSON.stringify({ error: { message: unavailableMessage(options), code: -32603, data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } } });
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 503,
    headers: {
      'content-type': isPage ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
      'retry-after': String(retryAfterSeconds),
      'cache-control': 'no-store',
    },
  });
}

/** A page retries itself; a form post goes back to the page it was posted from (path only: never another site). */
function retryTarget(request: Request): string {
  if (request.method === 'GET' || request.method === 'HEAD') return '';
  const referer = URL.parse(request.headers.get('referer') ?? '');
  return referer ? `${referer.pathname}${referer.search}` : '/';
}

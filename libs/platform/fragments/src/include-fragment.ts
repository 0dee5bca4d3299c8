/**
 * Server-side includes: one fragment (`includeFragment`), several at once (`includeFragments`), or
 * one the contracts declare (`include`), each with a timeout and a fallback, never throwing for
 * anything the owner does.
 */
import { fragments, personalFor, type ContextName, type FragmentId, type FragmentQuery as DeclaredQuery } from '@tractor/contracts';
import { fragmentFallback } from './fragment-fallback';
import { fragmentSrc, fragmentsOrigin, type FragmentQuery } from './fragment-url';
import type { Html } from './html';
import { includeHeaders } from './include-headers';
import { fillNested, nestedPlaceholder } from './nested-includes';
import { defaultIncludeLog, traceInclude, type IncludeLogger } from './include-telemetry';
import { plainGet } from './plain-get';
import { PublicCache } from './public-cache';

export interface IncludeOptions {
  readonly context: ContextName;
  readonly name: string;
  readonly query?: FragmentQuery;
  /** Personal: forward the cookie and request id, never cache. Public: neither, cached briefly. */
  readonly personal: boolean;
  /** The shopper's incoming request headers. */
  readonly request: Headers;
  /** Covers connecting, the response head and the whole body. */
  readonly timeoutMs?: number;
  /** Defaults to FRAGMENTS_ORIGIN, else the local edge router. */
  readonly origin?: string;
  /**
   * Replaces the HTTP client, and with it the cache of public fragments (by default Node's own client,
   * with public fragments kept in `publicFragments`).
   */
  readonly fetch?: typeof fetch;
  /** Any Logger-compatible object; defaults to the shared JSON logger. */
  readonly log?: IncludeLogger;
  /** Markup to render when the include fails, instead of the placeholder the browser loader fills. */
  readonly fallback?: Html;
}

export type IncludeFailure = 'timeout' | 'error' | 'status';

export type IncludeResult =
  | { readonly ok: true; readonly html: string; readonly ms: number; readonly reason?: undefined }
  | { readonly ok: false; readonly html: string; readonly ms: number; readonly reason: IncludeFailure };

/**
 * How long one request filling or refreshing the public cache may take, whatever the pages waiting
 * for it allow: under load an owner may answer slower than any page waits, and the answer is still
 * worth keeping for the views after them.
 */
const publicFillTimeoutMs = 5_000;

/** The public fragments this server has included (see `public-cache.ts`). */
export const publicFragments = new PublicCache({
  onRefreshError: (key, error) => defaultIncludeLog().warn('public fragment refresh failed', { fragment: key.split('\n', 1)[0], error: describe(error) }),
});

class StatusError extends Error {
  constructor(readonly status: number) {
    super(`fragment answered ${status}`);
  }
}

/**
 * Fetches a fragment for a server-rendered page. Never throws for anything the owner does: on a
 * timeout, a network error or a non-2xx answer it logs one warning and returns the fallback, so
 * one slow or dead context cannot break another's page. Each include is a span in the page's
 * trace (the owner continues it through `traceparent`), a `Server-Timing` entry and a log line.
 * A malformed fragment name is a bug in the caller and throws `FragmentDefinitionError`.
 */
export function includeFragment(options: IncludeOptions): Promise<IncludeResult> {
  const { context, name, request, log = defaultIncludeLog() } = options;
  const requestId = request.get('x-request-id') ?? crypto.randomUUID();
  return traceInclude({ context, name, requestId, log }, () => fetchFragment(options, requestId));
}

/**
 * Includes several fragments at once, each with its own timeout, so a page waits for the slowest
 * rather than the sum. Results come back in the order asked, typed per position for destructuring.
 */
export function includeFragments<const T extends readonly IncludeOptions[]>(list: T): Promise<{ -readonly [K in keyof T]: IncludeResult }> {
  // Promise.all keeps positions; TypeScript cannot map an array's element type onto a tuple by itself.
  return Promise.all(list.map(includeFragment)) as Promise<{ -readonly [K in keyof T]: IncludeResult }>;
}

/** Renders one of the includer's own fragments in-process, to its markup. */
export type OwnFragment = () => Promise<string>;

export type ContractIncludeOptions<F extends FragmentId> = Omit<IncludeOptions, 'context' | 'name' | 'personal' | 'query'> & {
  readonly query?: DeclaredQuery<F>;
  /** The includer's own fragments nested in this one: rendered in-process, never asked for over HTTP. */
  readonly own?: Partial<Record<FragmentId, OwnFragment>>;
};

/** A nested personal include gets less time than a page gives the fragment around it. */
const nestedTimeoutMs = 200;

/**
 * Includes a fragment declared in the contracts: owner, name and whether it is personal come from
 * the declaration, so a consumer cannot forward cookies to a public fragment or cache a personal one
 * (one personal only with certain cookies is public for a request without them: `personalFor`).
 * The places a public fragment keeps for personal ones are filled for this shopper (see
 * `nested-includes.ts`), so the public part comes from cache and only the personal part is fetched.
 */
export async function include<F extends FragmentId>(id: F, options: ContractIncludeOptions<F>): Promise<IncludeResult> {
  const { context, name } = fragments[id];
  // A fragment personal only with cookies this shopper has not got is the same for all such shoppers.
  const personal = personalFor(id, options.request.get('cookie'));
  const { own, ...single } = options;
  const result = await includeFragment({ ...single, context, name, personal });
  if (!result.ok) return result;
  return { ...result, html: await includeNested(id, result.html, { ...single, own }) };
}

/**
 * Fills the places `id`'s markup keeps for personal fragments, for the shopper of `options.request`.
 * The owner uses it to render its own fragment in-process the way an includer would show it.
 */
export function includeNested(
  id: FragmentId,
  markup: string,
  options: Pick<IncludeOptions, 'request' | 'origin' | 'fetch' | 'log'> & Pick<ContractIncludeOptions<FragmentId>, 'own'>,
): Promise<string> {
  const { request, origin, fetch, log, own } = options;
  return fillNested(id, markup, (nested) => {
    const render = own?.[nested];
    return render ? renderOwn(nested, render, log ?? defaultIncludeLog()) : include(nested, { request, origin, fetch, log, timeoutMs: nestedTimeoutMs });
  });
}

/** An own fragment that fails to render keeps its placeholder, which the browser loader fills, and logs why. */
async function renderOwn(id: FragmentId, render: OwnFragment, log: IncludeLogger): Promise<{ html: string }> {
  try {
    return { html: await render() };
  } catch (error) {
    log.warn('own fragment failed', { fragment: id, fallback: true, error: describe(error) });
    return { html: nestedPlaceholder(id) };
  }
}

async function fetchFragment(options: IncludeOptions, requestId: string) {
  const { context, name, query, personal, request, timeoutMs = 300 } = options;
  const fallback = options.fallback ?? fragmentFallback(context, name, query);
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);

  try {
    const url = (options.origin ?? fragmentsOrigin()) + fragmentSrc(context, name, query);
    const headers = includeHeaders(request, personal, requestId);
    // A redirect would splice some other page into this one; treat it like any other non-2xx.
    const injected = options.fetch;
    const answer = injected
      ? read(injected, url, { headers, signal, redirect: 'manual', cache: 'no-store' })
      : personal
        ? readPlain(url, headers, signal)
        : // Filled with a deadline of its own: a page that cannot wait gives up on the race below,
          // while the fill goes on for the pages after it, as one shared request per fragment.
          publicFragments.get(publicKey(url, headers), () => readPlain(url, headers, AbortSignal.timeout(publicFillTimeoutMs)));
    const body = await Promise.race([answer, deadline(signal)]);
    return { ok: true as const, html: body, ms: elapsed() };
  } catch (error) {
    const reason: IncludeFailure = signal.aborted ? 'timeout' : error instanceof StatusError ? 'status' : 'error';
    return {
      ok: false as const,
      html: fallback.__html,
      ms: elapsed(),
      reason,
      ...(error instanceof StatusError ? { status: error.status } : {}),
      ...(reason === 'error' ? { error: describe(error) } : {}),
    };
  }
}

/** A public fragment is the same for every request to its URL, but for the public host its links are built for. */
function publicKey(url: string, headers: Headers): string {
  return [url, headers.get('x-forwarded-host') ?? '', headers.get('x-forwarded-proto') ?? ''].join('\n');
}

async function read(fetchFragment: typeof fetch, url: string, init: RequestInit): Promise<string> {
  const response = await fetchFragment(url, init);
  if (!response.ok) {
    // Release the connection instead of leaving an unread body behind.
    await response.body?.cancel().catch(() => undefined);
    throw new StatusError(response.status);
  }
  return response.text();
}

/** Node's own client, without fetch's cost (`plain-get.ts`). */
async function readPlain(url: string, headers: Headers, signal: AbortSignal): Promise<string> {
  const { status, text } = await plainGet(url, headers, signal);
  if (status < 200 || status > 299) throw new StatusError(status);
  return text;
}

/**
 * Rejects when the timeout fires. Native fetch aborts on the signal by itself; the race also bounds
 * an injected or wrapped fetch that ignores it.
 */
function deadline(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

/** The errno code of a network failure: on the error itself (Node's client), or on its `cause` (fetch's `fetch failed`). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  for (const source of [error, error.cause]) {
    if (typeof source === 'object' && source !== null && 'code' in source && typeof source.code === 'string') return source.code;
  }
  return error.message;
}

/**
 * What a context does to a request before Next.js sees it:
 *
 * - while its database is known to be down, every request but a static file gets the branded 503
 *   at once (`databaseDownProxy` from @tractor/bff), without touching the database;
 * - a page gets a fresh CSP nonce: added to the request (where Next and the layout read it) and
 *   the matching `Content-Security-Policy` for the response;
 * - everything else goes on untouched.
 *
 * This was each context's Next.js `proxy.ts`. A proxy makes Next build a web `Request` and a
 * `NextResponse` for every request it matches and merge the headers back: about a fifth of the
 * CPU of a listing view, more than the page's own markup. The same decisions taken on the Node
 * request itself cost next to nothing; the server hook (`node-request-gate.ts`) and the Lambda
 * wrapper (`lambda-request-gate.ts`) apply them.
 */
import { databaseDownProxy, databaseGateState } from '@tractor/bff';
import { basePath, type ContextName } from '@tractor/contracts';
import { isPage, pagePolicy, type PagePolicy } from '@tractor/security-headers';

export interface GateOptions {
  readonly context: ContextName;
  /** The context's database URL, if it has one. */
  readonly databaseUrl: () => string | undefined;
  /** `next dev`: the policy allows React's dev tooling. */
  readonly development?: boolean;
}

export interface GateRequest {
  readonly method: string;
  /** Path and query as the request arrived, with the context's basePath. */
  readonly url: string;
  /** A request header's value by its lower-case name. */
  readonly header: (name: string) => string | undefined;
}

/** `answer`: send this instead of rendering. `page`: render with these headers. Neither: go on. */
export type GateOutcome = { readonly answer: Response; readonly page?: undefined } | { readonly answer?: undefined; readonly page: PagePolicy } | undefined;

/** Next's built assets, the custom elements' bundles and the icon: files that never need the database. */
const staticFile = /^\/(_next\/(static|image)\/|([a-z-]+-)?elements\/|favicon)/;

export type RequestGate = (request: GateRequest) => GateOutcome | Promise<GateOutcome>;

export function createRequestGate({ context, databaseUrl, development = false }: GateOptions): RequestGate {
  const base = basePath(context);
  const databaseDown = databaseDownProxy({ context, url: databaseUrl });
  const inside = (path: string) => (base && (path === base || path.startsWith(`${base}/`)) ? path.slice(base.length) || '/' : path);

  const pageOf = (path: string, request: GateRequest): GateOutcome =>
    isPage(path) ? { page: pagePolicy(request.header('x-forwarded-proto') ?? request.header('cloudfront-forwarded-proto'), { development }) } : undefined;

  return (request) => {
    const path = inside(request.url.split('?')[0] ?? '/');
    // Synchronous while the database is up, which is nearly always: nothing to wait for.
    if (!databaseGateState().down || staticFile.test(path)) return pageOf(path, request);
    return databaseDown(asRequest(request)).then((answer) => (answer ? { answer } : pageOf(path, request)));
  };
}

/** A web Request for the 503 (it reads `Accept` and `Referer`); only made while the database is down. */
function asRequest({ method, url, header }: GateRequest): Request {
  const headers = new Headers();
  for (const name of ['accept', 'referer', 'host', 'x-forwarded-host', 'x-forwarded-proto']) {
    const value = header(name);
    if (value !== undefined) headers.set(name, value);
  }
  return new Request(new URL(url, 'http://context.internal'), { method, headers });
}

/** A web Request as the gate sees it (for tests, and any host that hands the context web requests). */
export function gateRequestOf(request: Request): GateRequest {
  const url = new URL(request.url);
  return { method: request.method, url: `${url.pathname}${url.search}`, header: (name) => request.headers.get(name) ?? undefined };
}

/** The answer the gate sends instead of rendering, if any. */
export async function gateAnswer(gate: RequestGate, request: Request): Promise<Response | undefined> {
  return (await gate(gateRequestOf(request)))?.answer;
}

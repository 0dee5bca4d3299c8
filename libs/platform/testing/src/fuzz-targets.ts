/**
 * Entry points of a context as fast-check arbitraries of requests: every tRPC procedure of its
 * router, and any route handler given the fields it reads. `fuzz` sends each through the real
 * handler and checks the property every entry point must hold.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { hostileFields, hostileInput, hostileString } from './hostile-input';

export type Handler = (req: Request) => Promise<Response> | Response;

export interface FuzzTarget {
  readonly name: string;
  readonly handler: Handler;
  readonly request: fc.Arbitrary<Request>;
}

interface ProcedureLike {
  _def: { type: string; inputs: Array<{ shape?: Record<string, unknown> }> };
}

/** Every procedure of a tRPC router: queries by GET, mutations by POST (sometimes with a body that is not JSON). */
export function trpcTargets(
  router: { _def: { procedures: Record<string, unknown> } },
  options: { handler: Handler; url: (procedure: string) => string; headers: Record<string, string> },
): FuzzTarget[] {
  return Object.entries(router._def.procedures as Record<string, ProcedureLike>).map(([path, procedure]) => {
    const keys = procedure._def.inputs.flatMap((input) => Object.keys(input.shape ?? {}));
    const input = hostileInput(keys);
    const request =
      procedure._def.type === 'query'
        ? input.map((value) => new Request(`${options.url(path)}?input=${encodeURIComponent(JSON.stringify(value) ?? '')}`, { headers: options.headers }))
        : fc
            .oneof(input.map((value) => JSON.stringify(value) ?? ''), hostileString)
            .map((body) => new Request(options.url(path), { method: 'POST', body, headers: { ...options.headers, 'content-type': 'application/json' } }));
    return { name: `${procedure._def.type} ${path}`, handler: options.handler, request };
  });
}

/** A GET route handler, given the query fields it reads (and arbitrary others). */
export function queryTarget(name: string, handler: Handler, url: string, fields: readonly string[], headers: Record<string, string>): FuzzTarget {
  const request = hostileFields(fields).map((query) => new Request(`${url}?${new URLSearchParams(query)}`, { headers }));
  return { name, handler, request };
}

/** A form POST route handler, given the fields it reads (and arbitrary others). */
export function formTarget(name: string, handler: Handler, url: string, fields: readonly string[], headers: Record<string, string>): FuzzTarget {
  const request = hostileFields(fields).map(
    (form) => new Request(url, { method: 'POST', body: new URLSearchParams(form), headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' } }),
  );
  return { name, handler, request };
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A route handler with one dynamic segment, called the way Next calls it (`{ params }`). */
export function segmentTarget<P extends string>(
  name: string,
  handler: (req: Request, context: { params: Promise<Record<P, string>> }) => Promise<Response> | Response,
  param: P,
  url: (value: string) => string,
): FuzzTarget {
  // The segment is the URL's last, encoded so that it stays one segment whatever it holds.
  const segment = (req: Request) => decodeURIComponent(new URL(req.url).pathname.split('/').at(-1) ?? '');
  return {
    name,
    handler: (req) => handler(req, { params: Promise.resolve({ [param]: segment(req) } as Record<P, string>) }),
    // A lone surrogate cannot be percent-encoded; browsers send U+FFFD in its place.
    request: hostileString.map((value) => new Request(url(encodeURIComponent(value.replace(loneSurrogate, '\uFFFD'))))),
  };
}

export interface FuzzOptions {
  /** Requests per target; the whole run stays well under a minute. */
  readonly runs?: number;
  /** A snapshot of what a refused request must leave unchanged (row counts, say). */
  readonly state?: () => Promise<unknown>;
}

/**
 * The property: no input makes an entry point fail with a server error (status < 500), and a
 * refused input (4xx) changes nothing in the database.
 */
export async function fuzz(targets: readonly FuzzTarget[], options: FuzzOptions = {}): Promise<void> {
  for (const target of targets) {
    await fc.assert(
      fc.asyncProperty(target.request, async (request) => {
        const before = await options.state?.();
        const response = await target.handler(request);
        expect(response.status, `${target.name}: ${request.method} ${request.url.slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 400 && options.state) expect(await options.state(), `${target.name} changed state while refusing`).toEqual(before);
        await response.body?.cancel();
      }),
      { numRuns: options.runs ?? 30 },
    );
  }
}

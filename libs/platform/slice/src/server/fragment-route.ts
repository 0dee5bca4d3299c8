/**
 * A fragment's route handler: the query is parsed by the fragment's contract (a 400 naming the
 * problem when it does not fit), and rendered HTML gets the cache headers the contract's
 * `personal` flag asks for. A render that needs other headers returns its own Response. While the
 * owner's database is down, the fragment answers 503 with `Retry-After`, which the including page
 * turns into its quiet fallback.
 */
import { describeIssues, unavailableWhenDatabaseDown } from '@tractor/bff';
import { fragments, type ContextName, type FragmentId, type FragmentQuery } from '@tractor/contracts';
import { fragmentResponse, html, type Html } from '@tractor/fragments';

export interface FragmentRequest<F extends FragmentId> {
  query: FragmentQuery<F>;
  req: Request;
}

/** A fragment asked for with inputs it cannot serve: 400, with the problem in plain words, never cached. */
export function badFragmentRequest(problem: string): Response {
  return fragmentResponse(html`<p role="alert">Bad fragment request: ${problem}</p>`, { personal: true, status: 400 });
}

export function fragmentRoute<F extends FragmentId>(id: F, render: (request: FragmentRequest<F>) => Html | Response | Promise<Html | Response>) {
  const contract = fragments[id];
  const owner = id.split('/')[0] as ContextName;
  return unavailableWhenDatabaseDown({ context: owner }, async (req: Request): Promise<Response> => {
    const parsed = contract.query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) return badFragmentRequest(describeIssues(parsed.error.issues));
    const out = await render({ query: parsed.data as FragmentQuery<F>, req });
    return out instanceof Response ? out : fragmentResponse(out, { personal: contract.personal });
  });
}

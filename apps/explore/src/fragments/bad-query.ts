import { fragmentResponse, html } from '@tractor/fragments';

/** A fragment asked for with inputs it does not take: 400, with the problem in plain words. */
export function badFragmentQuery(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  const problems = error.issues.map((issue) => `${issue.path.map(String).join('.') || 'query'}: ${issue.message}`);
  return fragmentResponse(html`<p role="alert">Bad fragment request: ${problems.join('; ')}</p>`, { personal: true, status: 400 });
}
